import type { Role } from "@/lib/generated/prisma/client";

import type { SeedContext } from "./seed-rows";

/** Shared password of every demo account. The accounts are listed in docs/demo-accounts.md. */
export const demoPassword = "Sportello-Demo-2026";

export type DemoAccount = {
  email: string;
  displayName: string;
  roles: Role[];
  personId?: string;
  cafOfficeId?: string;
};

/** Adds one sign-in account per demo user, all with the same password hash, and returns their ids by e-mail. */
export function buildAccounts(context: SeedContext, accounts: DemoAccount[], passwordHash: string): Map<string, string> {
  const idsByEmail = new Map<string, string>();

  for (const account of accounts) {
    const id = context.random.uuid();
    idsByEmail.set(account.email, id);
    context.rows.users.push({
      id,
      email: account.email,
      passwordHash,
      displayName: account.displayName,
      roles: account.roles,
      personId: account.personId ?? null,
      cafOfficeId: account.cafOfficeId ?? null,
    });
  }

  return idsByEmail;
}

export type StaffIds = {
  siiOperatorId: string;
  casaOperatorId: string;
  supervisorId: string;
  adminId: string;
  cafOperatorId: string;
  caretakerIds: string[];
};

const caretakers = [
  { email: "custode@sportello-mm.test", displayName: "Giorgio Sala" },
  { email: "custode.2@sportello-mm.test", displayName: "Antonio Russo" },
  { email: "custode.3@sportello-mm.test", displayName: "Rosa Marino" },
  { email: "custode.4@sportello-mm.test", displayName: "Ahmed Soliman" },
];

/** Adds the staff accounts: one per staff role and four caretakers. */
export function buildStaffAccounts(context: SeedContext, passwordHash: string, cafOfficeId: string): StaffIds {
  const ids = buildAccounts(
    context,
    [
      { email: "operatore.sii@sportello-mm.test", displayName: "Giulia Ferri", roles: ["siiOperator"] },
      { email: "operatore.casa@sportello-mm.test", displayName: "Paolo Brambilla", roles: ["casaOperator"] },
      { email: "supervisore@sportello-mm.test", displayName: "Laura Colombo", roles: ["supervisor"] },
      { email: "admin@sportello-mm.test", displayName: "Amministratore di sistema", roles: ["admin"] },
      { email: "caf@sportello-mm.test", displayName: "Sara Galli", roles: ["cafOperator"], cafOfficeId },
      ...caretakers.map((caretaker) => ({ ...caretaker, roles: ["caretaker" as const] })),
    ],
    passwordHash,
  );
  const idOf = (email: string): string => {
    const id = ids.get(email);
    if (!id) throw new Error(`Seed account ${email} not found.`);
    return id;
  };

  return {
    siiOperatorId: idOf("operatore.sii@sportello-mm.test"),
    casaOperatorId: idOf("operatore.casa@sportello-mm.test"),
    supervisorId: idOf("supervisore@sportello-mm.test"),
    adminId: idOf("admin@sportello-mm.test"),
    cafOperatorId: idOf("caf@sportello-mm.test"),
    caretakerIds: caretakers.map((caretaker) => idOf(caretaker.email)),
  };
}

/** Adds the operator teams and their members, and returns the team ids by code. */
export function buildTeams(context: SeedContext, members: Pick<StaffIds, "siiOperatorId" | "casaOperatorId" | "supervisorId">): Map<string, string> {
  const idsByCode = new Map<string, string>();
  const teams = [
    { division: "sii", code: "sii-front-office", name: "Front office SII", memberIds: [members.siiOperatorId, members.supervisorId] },
    { division: "sii", code: "sii-technical", name: "Interventi tecnici SII", memberIds: [members.supervisorId] },
    { division: "casa", code: "casa-administrative", name: "Gestione amministrativa Casa", memberIds: [members.casaOperatorId, members.supervisorId] },
    { division: "casa", code: "casa-maintenance", name: "Manutenzione Casa", memberIds: [members.casaOperatorId] },
  ] as const;

  for (const team of teams) {
    const teamId = context.random.uuid();
    idsByCode.set(team.code, teamId);
    context.rows.teams.push({ id: teamId, division: team.division, code: team.code, name: team.name });
    for (const userId of team.memberIds) {
      context.rows.teamMembers.push({ teamId, userId });
    }
  }

  return idsByCode;
}
