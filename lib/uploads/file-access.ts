import "server-only";

import { hasPermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import { reportReadScope } from "@/lib/reports/report-scope";
import { customerSupplyScope } from "@/lib/supplies/customer-supply-scope";
import { customerTicketScope, operatorTicketScope } from "@/lib/tickets/ticket-access";

/**
 * Who may download a stored file, decided by the records that point to it. Each owning
 * entity adds one rule; a file no rule reaches answers 404 like a file that does not exist.
 * The uploader may always read what they sent.
 */
export function readableFileScope(user: SessionUser, personId: string | null): Prisma.StoredFileWhereInput {
  const rules: Prisma.StoredFileWhereInput[] = [{ uploadedById: user.id }];

  rules.push(...ticketAttachmentRules(user));
  rules.push(...practiceDocumentRules(user, personId));
  rules.push(...householdChangeDocumentRules(user));
  rules.push(...caretakerReportPhotoRules(user));
  rules.push(...mandateVerbaleRules(user, personId));
  rules.push(...readingPhotoRules(user, personId));
  rules.push(...censusDocumentRules(user, personId));
  rules.push(...bonusInspectionPhotoRules(user));

  return { OR: rules };
}

function ticketAttachmentRules(user: SessionUser): Prisma.StoredFileWhereInput[] {
  const rules: Prisma.StoredFileWhereInput[] = [];

  if (hasPermission(user, "ticket:read:own")) {
    rules.push({ ticketAttachments: { some: { visibility: "public", ticket: customerTicketScope(user) } } });
  }
  if (hasPermission(user, "ticket:read:any") || hasPermission(user, "ticket:read:division")) {
    rules.push({ ticketAttachments: { some: { ticket: operatorTicketScope(user, "read") } } });
  }

  return rules;
}

function practiceDocumentRules(user: SessionUser, personId: string | null): Prisma.StoredFileWhereInput[] {
  if (hasPermission(user, "practice:read:any")) return [{ practiceDocuments: { some: {} } }];

  const practiceScopes: Prisma.PracticeWhereInput[] = [];
  if (hasPermission(user, "practice:read:own")) {
    practiceScopes.push({ submittedById: user.id });
    if (personId) practiceScopes.push({ applicantId: personId });
  }
  if (hasPermission(user, "practice:read:managed") && personId) {
    practiceScopes.push({ supply: customerSupplyScope(personId) });
  }

  return practiceScopes.length === 0 ? [] : [{ practiceDocuments: { some: { practice: { OR: practiceScopes } } } }];
}

/** Returns the rule that lets Casa operators and supervisors read the documents of the household changes they review. */
function householdChangeDocumentRules(user: SessionUser): Prisma.StoredFileWhereInput[] {
  if (!hasPermission(user, "household:update:any")) return [];
  return [{ practiceDocuments: { some: { practice: { kind: "householdChange", division: "casa" } } } }];
}

/** Returns the rule that lets a caretaker read the public photos of the reports the tenant-area pages show them. */
function caretakerReportPhotoRules(user: SessionUser): Prisma.StoredFileWhereInput[] {
  if (!user.roles.includes("caretaker")) return [];

  const scope = reportReadScope({ id: user.id, roles: ["caretaker"] });
  return scope ? [{ ticketAttachments: { some: { visibility: "public", ticket: scope } } }] : [];
}

function mandateVerbaleRules(user: SessionUser, personId: string | null): Prisma.StoredFileWhereInput[] {
  if (hasPermission(user, "supply:read:any")) return [{ mandateVerbali: { some: {} } }];
  if (!personId || !hasPermission(user, "supply:read:managed")) return [];

  return [{ mandateVerbali: { some: { adminId: personId } } }];
}

function readingPhotoRules(user: SessionUser, personId: string | null): Prisma.StoredFileWhereInput[] {
  if (hasPermission(user, "supply:read:any")) return [{ readingPhotos: { some: {} } }];

  const ownOrManaged = hasPermission(user, "supply:read:own") || hasPermission(user, "supply:read:managed");
  if (!personId || !ownOrManaged) return [];

  return [{ readingPhotos: { some: { supply: customerSupplyScope(personId) } } }];
}

function censusDocumentRules(user: SessionUser, personId: string | null): Prisma.StoredFileWhereInput[] {
  if (hasPermission(user, "census:read:any")) return [{ censusDocuments: { some: {} } }];
  if (!hasPermission(user, "census:submit:own")) return [];

  const declarationScopes: Prisma.CensusDeclarationWhereInput[] = [{ submittedById: user.id }];
  if (personId) declarationScopes.push({ tenancy: { holderId: personId } });

  return [{ censusDocuments: { some: { declaration: { OR: declarationScopes } } } }];
}

/** Photos of a bonus application's site inspection: back-office staff who read bonus applications. */
function bonusInspectionPhotoRules(user: SessionUser): Prisma.StoredFileWhereInput[] {
  if (!hasPermission(user, "bonus:read:any")) return [];

  return [{ inspectionPhotos: { some: { inspection: { bonusApplicationId: { not: null } } } } }];
}
