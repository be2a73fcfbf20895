import type { Prisma } from "@/lib/generated/prisma/client";

import { utcDate } from "./dates";
import type { SeedContext } from "./seed-rows";

type CategoryDefinition = {
  code: string;
  nature: "administrative" | "technical";
  labelIt: string;
  labelEn: string;
  labelAr: string;
  serviceStandardCode?: string;
  defaultPriority?: "low" | "normal" | "high" | "urgent";
};

const siiCategories: CategoryDefinition[] = [
  { code: "information", nature: "administrative", labelIt: "Richiesta di informazioni", labelEn: "Information request", labelAr: "طلب معلومات", serviceStandardCode: "informationReply" },
  { code: "complaint", nature: "administrative", labelIt: "Reclamo", labelEn: "Complaint", labelAr: "شكوى", serviceStandardCode: "complaintReply" },
  { code: "billingCorrection", nature: "administrative", labelIt: "Rettifica di fatturazione", labelEn: "Billing correction", labelAr: "تصحيح الفاتورة", serviceStandardCode: "billingCorrectionReply" },
  { code: "payments", nature: "administrative", labelIt: "Pagamenti e rateizzazioni", labelEn: "Payments and instalments", labelAr: "المدفوعات والتقسيط" },
  { code: "readings", nature: "administrative", labelIt: "Letture e autoletture", labelEn: "Meter readings and self-readings", labelAr: "قراءات العداد والقراءة الذاتية" },
  { code: "waterBonus", nature: "administrative", labelIt: "Bonus sociale idrico", labelEn: "Social water bonus", labelAr: "المكافأة الاجتماعية للمياه" },
  { code: "meterCheck", nature: "technical", labelIt: "Verifica del contatore", labelEn: "Meter accuracy check", labelAr: "فحص دقة العداد", serviceStandardCode: "meterCheckIntervention" },
  { code: "pressureCheck", nature: "technical", labelIt: "Verifica della pressione", labelEn: "Water pressure check", labelAr: "فحص ضغط المياه", serviceStandardCode: "pressureCheckIntervention" },
  { code: "leak", nature: "technical", labelIt: "Perdita o guasto sulla rete", labelEn: "Leak or network fault", labelAr: "تسرب أو عطل في الشبكة", defaultPriority: "urgent" },
  { code: "noWater", nature: "technical", labelIt: "Mancanza d'acqua", labelEn: "No water", labelAr: "انقطاع المياه", defaultPriority: "high" },
  { code: "waterQuality", nature: "technical", labelIt: "Qualità dell'acqua", labelEn: "Water quality", labelAr: "جودة المياه" },
  { code: "sewer", nature: "technical", labelIt: "Fognatura e scarichi", labelEn: "Sewers and drains", labelAr: "الصرف الصحي" },
];

const casaCategories: CategoryDefinition[] = [
  { code: "rentAndCharges", nature: "administrative", labelIt: "Canone e spese accessorie", labelEn: "Rent and service charges", labelAr: "الإيجار والرسوم الإضافية" },
  { code: "census", nature: "administrative", labelIt: "Anagrafe utenza", labelEn: "Tenant census", labelAr: "إحصاء المستأجرين" },
  { code: "householdChange", nature: "administrative", labelIt: "Variazione del nucleo familiare", labelEn: "Change of household", labelAr: "تغيير في الأسرة" },
  { code: "contract", nature: "administrative", labelIt: "Contratto di locazione", labelEn: "Tenancy agreement", labelAr: "عقد الإيجار" },
  { code: "unlawfulOccupation", nature: "administrative", labelIt: "Occupazione abusiva", labelEn: "Unlawful occupation", labelAr: "إشغال غير قانوني", defaultPriority: "high" },
  { code: "coexistence", nature: "administrative", labelIt: "Convivenza e regolamento", labelEn: "Neighbours and house rules", labelAr: "الجيرة وقواعد المبنى" },
  { code: "plumbing", nature: "technical", labelIt: "Impianto idraulico", labelEn: "Plumbing", labelAr: "السباكة" },
  { code: "electrical", nature: "technical", labelIt: "Impianto elettrico", labelEn: "Electrical system", labelAr: "النظام الكهربائي" },
  { code: "heating", nature: "technical", labelIt: "Riscaldamento", labelEn: "Heating", labelAr: "التدفئة" },
  { code: "elevator", nature: "technical", labelIt: "Ascensore", labelEn: "Lift", labelAr: "المصعد", defaultPriority: "high" },
  { code: "damp", nature: "technical", labelIt: "Infiltrazioni e umidità", labelEn: "Leaks and damp", labelAr: "تسربات ورطوبة" },
  { code: "commonAreas", nature: "technical", labelIt: "Parti comuni e pulizia", labelEn: "Common areas and cleaning", labelAr: "الأجزاء المشتركة والتنظيف" },
  { code: "pestControl", nature: "technical", labelIt: "Disinfestazione", labelEn: "Pest control", labelAr: "مكافحة الحشرات" },
];

/**
 * Adds the SII category of bill clarifications, answered like a written information request.
 * The seed calls it last, so its random id leaves every other seeded row as it was.
 */
export function buildBillClarificationCategory(context: SeedContext): void {
  const position = context.rows.ticketCategories.filter((category) => category.division === "sii").length + 1;

  context.rows.ticketCategories.push({
    id: context.random.uuid(),
    division: "sii",
    code: "billClarification",
    nature: "administrative",
    labelIt: "Chiarimenti sulla bolletta",
    labelEn: "Bill clarification",
    labelAr: "توضيحات بشأن الفاتورة",
    serviceStandardCode: "informationReply",
    defaultPriority: "normal",
    position,
  });
}

/** Adds the ticket categories of both divisions. */
export function buildTicketCategories(context: SeedContext): Map<string, string> {
  const idsByKey = new Map<string, string>();

  for (const [division, categories] of [
    ["sii", siiCategories],
    ["casa", casaCategories],
  ] as const) {
    categories.forEach((category, index) => {
      const id = context.random.uuid();
      idsByKey.set(`${division}:${category.code}`, id);
      context.rows.ticketCategories.push({
        id,
        division,
        code: category.code,
        nature: category.nature,
        labelIt: category.labelIt,
        labelEn: category.labelEn,
        labelAr: category.labelAr,
        serviceStandardCode: category.serviceStandardCode ?? null,
        defaultPriority: category.defaultPriority ?? "normal",
        position: index + 1,
      });
    });
  }

  return idsByKey;
}

type CounterServiceDefinition = Omit<Prisma.CounterServiceCreateManyInput, "id">;

export const counterServiceDefinitions: CounterServiceDefinition[] = [
  { division: "sii", code: "siiContracts", labelIt: "Contratti: attivazione, subentro, voltura, cessazione", labelEn: "Contracts: activation, takeover, transfer, closure", labelAr: "العقود: التفعيل والاستلام والنقل والإنهاء", appointmentMinutes: 30 },
  { division: "sii", code: "siiBills", labelIt: "Bollette e pagamenti", labelEn: "Bills and payments", labelAr: "الفواتير والمدفوعات", appointmentMinutes: 20 },
  { division: "sii", code: "siiReadings", labelIt: "Letture e contatore", labelEn: "Readings and meter", labelAr: "القراءات والعداد", appointmentMinutes: 15 },
  { division: "sii", code: "siiBonus", labelIt: "Bonus sociale idrico", labelEn: "Social water bonus", labelAr: "المكافأة الاجتماعية للمياه", appointmentMinutes: 20 },
  { division: "casa", code: "casaRent", labelIt: "Canone, spese e piani di rientro", labelEn: "Rent, charges and repayment plans", labelAr: "الإيجار والرسوم وخطط السداد", appointmentMinutes: 20 },
  { division: "casa", code: "casaCensus", labelIt: "Assistenza per l'Anagrafe utenza", labelEn: "Help with the tenant census", labelAr: "المساعدة في إحصاء المستأجرين", appointmentMinutes: 30 },
  { division: "casa", code: "casaContract", labelIt: "Contratto e nucleo familiare", labelEn: "Tenancy and household", labelAr: "العقد والأسرة", appointmentMinutes: 30 },
  { division: "casa", code: "casaMaintenance", labelIt: "Segnalazioni di manutenzione", labelEn: "Maintenance reports", labelAr: "بلاغات الصيانة", appointmentMinutes: 15 },
  { division: "casa", code: "casaMobility", labelIt: "Cambio alloggio", labelEn: "Change of dwelling", labelAr: "تغيير المسكن", appointmentMinutes: 30 },
];

/** Adds the counter services and returns their ids by code. */
export function buildCounterServices(context: SeedContext): Map<string, string> {
  const idsByCode = new Map<string, string>();

  for (const definition of counterServiceDefinitions) {
    const id = context.random.uuid();
    idsByCode.set(definition.code, id);
    context.rows.counterServices.push({ id, ...definition });
  }

  return idsByCode;
}

/**
 * Adds the bonus rules by period. ISEE thresholds: 8,265 € up to 2022, 9,530 € in 2023-2025,
 * 9,796 € from 2026, or 20,000 € with four or more dependent children.
 */
export function buildBonusConfiguration(context: SeedContext): void {
  const common = {
    largeFamilyIseeThresholdCents: 2_000_000,
    largeFamilyMinChildren: 4,
    // 50 litres a day per household member.
    cubicMetresPerMemberPerYear: 18.25,
    benefitMonths: 12,
    indirectPaymentDays: 60,
    // 15 € per household member per year since 2018. The current amount is to be confirmed.
    supplementaryCentsPerMemberPerYear: 1500,
  };

  context.rows.bonusConfigurations.push(
    {
      id: context.random.uuid(),
      ...common,
      effectiveFrom: utcDate(2018, 1, 1),
      effectiveTo: utcDate(2022, 12, 31),
      iseeThresholdCents: 826_500,
      source: "Soglia ISEE in vigore fino al 2022; data di inizio della riga da verificare",
      toConfirm: true,
    },
    {
      id: context.random.uuid(),
      ...common,
      effectiveFrom: utcDate(2023, 1, 1),
      effectiveTo: utcDate(2025, 12, 31),
      iseeThresholdCents: 953_000,
      source: "Soglia ISEE aggiornata per il triennio 2023-2025",
      toConfirm: true,
    },
    {
      id: context.random.uuid(),
      ...common,
      effectiveFrom: utcDate(2026, 1, 1),
      iseeThresholdCents: 979_600,
      source: "Soglia ISEE aggiornata dal 1° gennaio 2026",
      toConfirm: true,
    },
  );
}
