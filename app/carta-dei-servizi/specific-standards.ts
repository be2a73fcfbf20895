/** Unit of a service limit: working days (Mon-Fri), giorni feriali (Mon-Sat), calendar days or hours. */
export type LimitUnit = "workingDays" | "feriali" | "calendarDays" | "hours";

/** One limit of a standard; `condition` names the case when a service has two (with or without a site visit). */
export type StandardLimit = { value: number; unit: LimitUnit; condition?: string };

/** A row of the public table; the service's wording is `public.charter.standards.<key>`. */
export type SpecificStandardRow = { key: string; limits: readonly StandardLimit[] };

/**
 * Specific standards of ARERA's contractual-quality regulation for water (RQSII,
 * deliberation 655/2015/R/idr as amended by 547/2019/R/idr), as summarized for
 * the public page. Deadlines in tickets come from the dated service-standard
 * configuration, not from this list.
 * TODO: read this table from the service-standard configuration once it is seeded,
 * so the page and the deadlines cannot diverge.
 */
export const specificStandards: readonly SpecificStandardRow[] = [
  {
    key: "connectionEstimate",
    limits: [
      { value: 10, unit: "workingDays", condition: "withoutSiteVisit" },
      { value: 20, unit: "workingDays", condition: "withSiteVisit" },
    ],
  },
  { key: "waterConnectionWorks", limits: [{ value: 15, unit: "workingDays" }] },
  { key: "sewerConnectionWorks", limits: [{ value: 20, unit: "workingDays" }] },
  { key: "supplyActivation", limits: [{ value: 5, unit: "workingDays" }] },
  {
    key: "reactivation",
    limits: [
      { value: 5, unit: "workingDays", condition: "withoutMeterChange" },
      { value: 10, unit: "workingDays", condition: "withMeterSizeChange" },
    ],
  },
  { key: "reactivationAfterArrears", limits: [{ value: 2, unit: "feriali" }] },
  // NOTE: one source gives 7 giorni feriali rather than working days; confirm against RQSII.
  { key: "deactivation", limits: [{ value: 7, unit: "workingDays" }] },
  { key: "voltura", limits: [{ value: 5, unit: "workingDays" }] },
  {
    key: "worksEstimate",
    limits: [
      { value: 10, unit: "workingDays", condition: "withoutSiteVisit" },
      { value: 20, unit: "workingDays", condition: "withSiteVisit" },
    ],
  },
  { key: "simpleWorks", limits: [{ value: 10, unit: "workingDays" }] },
  { key: "appointmentPunctuality", limits: [{ value: 3, unit: "hours" }] },
  { key: "meterCheck", limits: [{ value: 10, unit: "workingDays" }] },
  {
    key: "meterCheckResult",
    limits: [
      { value: 10, unit: "workingDays", condition: "onSite" },
      { value: 30, unit: "workingDays", condition: "laboratory" },
    ],
  },
  { key: "faultyMeterReplacement", limits: [{ value: 10, unit: "workingDays" }] },
  { key: "pressureCheck", limits: [{ value: 10, unit: "workingDays" }] },
  { key: "pressureCheckResult", limits: [{ value: 10, unit: "workingDays" }] },
  { key: "billIssue", limits: [{ value: 45, unit: "calendarDays" }] },
  { key: "complaintReply", limits: [{ value: 30, unit: "workingDays" }] },
  { key: "informationReply", limits: [{ value: 30, unit: "workingDays" }] },
  { key: "billingCorrectionCredit", limits: [{ value: 60, unit: "workingDays" }] },
];

/** Automatic indemnity for a missed specific standard, in euro cents: base, beyond twice the limit, beyond three times. */
export const indemnityCents = { base: 3000, doubled: 6000, tripled: 9000 } as const;
