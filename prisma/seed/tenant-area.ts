import type { SeedContext } from "./seed-rows";

type CasaCategory = {
  code: string;
  nature: "administrative" | "technical";
  labelIt: string;
  labelEn: string;
  labelAr: string;
  defaultPriority?: "urgent";
};

/**
 * Casa categories of the tenant area's report forms that the base catalog lacks. The
 * emergencies carry the urgent priority, which puts their tickets on top of the queue's
 * priority sort.
 */
const tenantAreaCategories: CasaCategory[] = [
  { code: "doorsWindows", nature: "technical", labelIt: "Porte e finestre", labelEn: "Doors and windows", labelAr: "الأبواب والنوافذ" },
  { code: "gasSmell", nature: "technical", labelIt: "Odore di gas", labelEn: "Gas smell", labelAr: "رائحة غاز", defaultPriority: "urgent" },
  { code: "flooding", nature: "technical", labelIt: "Allagamento", labelEn: "Flooding", labelAr: "فيضان", defaultPriority: "urgent" },
  { code: "fireOrSmoke", nature: "technical", labelIt: "Incendio o fumo", labelEn: "Fire or smoke", labelAr: "حريق أو دخان", defaultPriority: "urgent" },
  { code: "liftEntrapment", nature: "technical", labelIt: "Persone bloccate in ascensore", labelEn: "People trapped in a lift", labelAr: "أشخاص عالقون في المصعد", defaultPriority: "urgent" },
  { code: "structuralDanger", nature: "technical", labelIt: "Pericolo strutturale", labelEn: "Structural danger", labelAr: "خطر إنشائي", defaultPriority: "urgent" },
  { code: "hospitality", nature: "administrative", labelIt: "Ospitalità", labelEn: "Hosting a guest", labelAr: "استضافة شخص" },
  { code: "dwellingExchange", nature: "administrative", labelIt: "Cambio alloggio", labelEn: "Dwelling exchange", labelAr: "تبادل المساكن" },
  { code: "documents", nature: "administrative", labelIt: "Documenti e certificati", labelEn: "Documents and certificates", labelAr: "الوثائق والشهادات" },
];

/**
 * The Casa office that serves each of the first ERP buildings, by neighbourhood; the other
 * buildings take the Casa offices in turn.
 */
const officeOfFirstBuildings = ["CASA-SEDE-OVEST", "CASA-SPORTELLO-SAN-SIRO"];
const casaOfficeRotation = ["CASA-SEDE-CENTRO", "CASA-SEDE-NORD", "CASA-SEDE-SUD", "CASA-SEDE-EST", "CASA-SEDE-OVEST", "CASA-SPORTELLO-CORVETTO", "CASA-SPORTELLO-QUARTO-OGGIARO"];

/**
 * Adds what the tenant area shows beyond the housing seed: the extra report categories, the
 * office serving each building, the caretakers' lodge hours and a few temporary contracts.
 * The demo tenant's latest month stays unpaid, so their statement shows a payment notice.
 * Call it last, so its random draws leave every earlier row unchanged.
 */
export function buildTenantArea(context: SeedContext, officeIds: Map<string, string>, demoTenancyId: string): void {
  const { rows, random } = context;

  const casaPositions = rows.ticketCategories.filter((category) => category.division === "casa").map((category) => category.position ?? 0);
  let position = Math.max(0, ...casaPositions);
  for (const category of tenantAreaCategories) {
    position += 1;
    rows.ticketCategories.push({ id: random.uuid(), division: "casa", ...category, defaultPriority: category.defaultPriority ?? "normal", position });
  }

  rows.buildings.forEach((building, index) => {
    const code = officeOfFirstBuildings[index] ?? casaOfficeRotation[index % casaOfficeRotation.length]!;
    building.officeId = officeIds.get(code) ?? null;
  });

  // A caretaker living on site keeps the lodge open on weekday mornings; one watching from elsewhere comes two afternoons a week.
  for (const assignment of rows.caretakerAssignments) {
    if (assignment.residentOnSite) {
      Object.assign(assignment, { presenceWeekdays: [1, 2, 3, 4, 5], presenceFromMinute: 8 * 60, presenceToMinute: 12 * 60 + 30 });
    } else {
      Object.assign(assignment, { presenceWeekdays: [2, 4], presenceFromMinute: 14 * 60, presenceToMinute: 17 * 60 });
    }
  }

  rows.tenancies.forEach((tenancy, index) => {
    if (tenancy.rentArea === "forfeiture") tenancy.contractKind = "socialHousing";
    else if (index % 25 === 24) tenancy.contractKind = "temporary";
  });

  leaveLatestMonthUnpaid(context, demoTenancyId);
}

/** Marks the tenancy's latest rent charge unpaid and drops its payment. */
function leaveLatestMonthUnpaid(context: SeedContext, tenancyId: string): void {
  const { rows } = context;
  const charges = rows.rentCharges.filter((charge) => charge.tenancyId === tenancyId);
  const latest = charges.reduce<(typeof charges)[number] | undefined>((newest, charge) => (!newest || new Date(charge.month) > new Date(newest.month) ? charge : newest), undefined);
  if (!latest) return;

  latest.paymentState = "unpaid";
  latest.paidOn = null;
  rows.payments = rows.payments.filter((payment) => payment.rentChargeId !== latest.id);
}
