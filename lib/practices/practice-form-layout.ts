import type { OnlinePracticeKind, PracticeDocumentKind } from "@/lib/practices/practice-kinds";

/** Rendering of one form field. Its label is `practices.fields.<name>` and its hint `practices.hints.<hint>`. */
export type PracticeFieldSpec = {
  name: string;
  control: "text" | "email" | "tel" | "date" | "numeric" | "select" | "supplySelect" | "checkbox" | "textarea";
  required: boolean;
  hint?: string;
  /** Option group under `practices.options` for a select. */
  options?: "services" | "useType" | "occupancyTitle";
  autoComplete?: string;
};

export type PracticeFormSection = { key: string; fields: PracticeFieldSpec[]; hint?: string } | { key: "documents"; documents: PracticeDocumentKind[] };

const identity: PracticeFormSection = {
  key: "identity",
  fields: [
    { name: "givenName", control: "text", required: true, autoComplete: "given-name" },
    { name: "familyName", control: "text", required: true, autoComplete: "family-name" },
    { name: "fiscalCode", control: "text", required: true, hint: "fiscalCode" },
    { name: "email", control: "email", required: true, autoComplete: "email" },
    { name: "phone", control: "tel", required: false, hint: "phone", autoComplete: "tel" },
  ],
};

const cadastral: PracticeFieldSpec[] = [
  { name: "foglio", control: "numeric", required: true, hint: "cadastral" },
  { name: "particella", control: "numeric", required: true },
  { name: "subalterno", control: "numeric", required: false, hint: "subalterno" },
  { name: "occupancyTitle", control: "select", required: true, options: "occupancyTitle" },
];

const useFields: PracticeFieldSpec[] = [
  { name: "useType", control: "select", required: true, options: "useType" },
  { name: "householdSize", control: "numeric", required: false, hint: "householdSize" },
];

const reading: PracticeFormSection = {
  key: "reading",
  fields: [
    { name: "finalReading", control: "numeric", required: true, hint: "finalReading" },
    { name: "readingDate", control: "date", required: true, hint: "readingDate" },
  ],
};

const notes: PracticeFormSection = { key: "notes", fields: [{ name: "notes", control: "textarea", required: false, hint: "notes" }] };

const typedSupplyCode: PracticeFieldSpec = { name: "supplyCode", control: "text", required: true, hint: "supplyCode" };
const ownSupplyCode: PracticeFieldSpec = { name: "supplyCode", control: "supplySelect", required: true };

function billingAddress(required: boolean): PracticeFieldSpec[] {
  return [
    { name: "billingStreet", control: "text", required, autoComplete: "address-line1" },
    { name: "billingHouseNumber", control: "text", required },
    { name: "billingPostalCode", control: "numeric", required, autoComplete: "postal-code" },
    { name: "billingCity", control: "text", required, autoComplete: "address-level2" },
  ];
}

/** The sections of each kind's form, in order. Field names match `practiceFields`. */
export const practiceFormLayouts: Readonly<Record<OnlinePracticeKind, readonly PracticeFormSection[]>> = {
  connection: [
    identity,
    {
      key: "property",
      fields: [
        { name: "services", control: "select", required: true, options: "services" },
        ...useFields,
        { name: "housingUnits", control: "numeric", required: true },
        { name: "street", control: "text", required: true },
        { name: "houseNumber", control: "text", required: true },
        { name: "postalCode", control: "numeric", required: true, hint: "postalCode" },
        ...cadastral,
      ],
    },
    { key: "documents", documents: ["identityDocument", "propertyDocument"] },
    notes,
  ],
  subentro: [
    identity,
    { key: "supply", fields: [typedSupplyCode, ...useFields, { name: "startDate", control: "date", required: true, hint: "futureDate" }] },
    { key: "property", fields: cadastral },
    { key: "documents", documents: ["identityDocument", "propertyDocument"] },
    notes,
  ],
  voltura: [
    identity,
    {
      key: "supply",
      fields: [
        typedSupplyCode,
        { name: "previousHolderName", control: "text", required: true },
        { name: "previousHolderFiscalCode", control: "text", required: true, hint: "fiscalCode" },
        ...useFields,
      ],
    },
    { key: "property", fields: cadastral },
    reading,
    { key: "documents", documents: ["identityDocument", "propertyDocument"] },
    notes,
  ],
  termination: [
    identity,
    { key: "supply", fields: [ownSupplyCode, { name: "terminationDate", control: "date", required: true, hint: "futureDate" }] },
    reading,
    { key: "billingAddress", fields: billingAddress(true) },
    { key: "documents", documents: ["identityDocument"] },
    notes,
  ],
  contactChange: [
    { key: "supply", fields: [ownSupplyCode] },
    { key: "billingAddress", hint: "contactChange", fields: billingAddress(false) },
    {
      key: "contacts",
      fields: [
        { name: "contactEmail", control: "email", required: false, autoComplete: "email" },
        { name: "contactPhone", control: "tel", required: false, autoComplete: "tel" },
      ],
    },
    { key: "documents", documents: ["identityDocument"] },
    notes,
  ],
  sepaMandate: [
    { key: "supply", fields: [ownSupplyCode] },
    {
      key: "payment",
      fields: [
        { name: "accountHolderName", control: "text", required: true, autoComplete: "name" },
        { name: "accountHolderFiscalCode", control: "text", required: true, hint: "fiscalCode" },
        { name: "iban", control: "text", required: true, hint: "iban" },
        { name: "mandateConsent", control: "checkbox", required: true },
      ],
    },
    { key: "documents", documents: ["identityDocument"] },
  ],
  eBilling: [
    { key: "supply", fields: [ownSupplyCode] },
    {
      key: "contacts",
      fields: [
        { name: "billingEmail", control: "email", required: true, autoComplete: "email" },
        { name: "billingEmailConfirmation", control: "email", required: true, autoComplete: "email" },
        { name: "paperlessConsent", control: "checkbox", required: true },
      ],
    },
  ],
};

/** Kinds whose form picks one of the customer's own supplies instead of typing a supply code. */
export function usesOwnSupply(kind: OnlinePracticeKind): boolean {
  return practiceFormLayouts[kind].some((section) => "fields" in section && section.fields.some((field) => field.control === "supplySelect"));
}
