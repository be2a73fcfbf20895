import { z } from "zod";

import { parseEuroCents } from "@/lib/requests/parse-euro-cents";
import type { RequestKind } from "@/lib/requests/request-kinds";

// Every `error` below is a key under `requests.fieldErrors` in the message catalogs, so the
// form shows it in the visitor's language.

/** Largest disputed amount accepted online: 1,000,000 €. Larger disputes go through an operator. */
export const maxDisputedCents = 100_000_000;

/** The services of the SII a complaint can be about. */
export const complaintServices = ["waterSupply", "sewerage", "treatment", "customerService", "billing"] as const;

/** Random id the form view carries in a hidden field, so a double submit opens one ticket. */
const idempotencyKey = z.uuid({ error: "formExpired" });

const supplyId = z.uuid({ error: "supplyRequired" });
const billId = z.uuid({ error: "billRequired" });

/** The customer's own words. Capped below the ticket's 5,000 characters to leave room for the structured lines. */
const message = z.string().trim().min(10, { error: "messageTooShort" }).max(4000, { error: "messageTooLong" });

const subject = z.string().trim().min(3, { error: "subjectTooShort" }).max(150, { error: "subjectTooLong" });

/** True for a non-blank string; the refinement below may see raw values of fields that failed. */
function hasText(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "";
}

const optionalText = (max: number) => z.string().trim().max(max, { error: "textTooLong" });

const disputedAmount = z
  .string()
  .trim()
  .min(1, { error: "amountRequired" })
  .transform((text, context) => {
    const cents = parseEuroCents(text);
    if (cents === null) {
      context.addIssue({ code: "custom", message: "amountInvalid" });
      return z.NEVER;
    }
    return cents;
  })
  .pipe(z.int().min(1, { error: "amountNotPositive" }).max(maxDisputedCents, { error: "amountTooLarge" }));

export const informationRequestSchema = z.object({
  idempotencyKey,
  // An information request need not be about a supply, so an empty choice is allowed.
  supplyId: z.union([z.literal(""), supplyId]).transform((value) => (value === "" ? undefined : value)),
  subject,
  message,
});

export const meterCheckRequestSchema = z.object({
  idempotencyKey,
  supplyId,
  message,
  phone: optionalText(30),
  // The customer confirms having read that the check costs a fee when the meter proves accurate.
  feeAccepted: z.literal("on", { error: "feeNotAccepted" }),
});

export const billClarificationRequestSchema = z.object({
  idempotencyKey,
  supplyId,
  billId,
  message,
});

/**
 * A complaint carries the minimum data the regulation requires to identify the customer: name,
 * supply address, a postal or e-mail address for the reply, the service and the customer code
 * (ARERA RQSII, 655/2015/R/idr). The form prefills them from the account.
 */
export const complaintRequestSchema = z
  .object({
    idempotencyKey,
    supplyId,
    fullName: z.string().trim().min(2, { error: "fullNameRequired" }).max(200, { error: "textTooLong" }),
    supplyAddress: z.string().trim().min(5, { error: "supplyAddressRequired" }).max(300, { error: "textTooLong" }),
    replyEmail: z.union([z.literal(""), z.email({ error: "replyEmailInvalid" }).max(254, { error: "textTooLong" })]),
    replyPostalAddress: optionalText(300),
    service: z.enum(complaintServices, { error: "serviceRequired" }),
    customerCode: z.string().trim().min(3, { error: "customerCodeRequired" }).max(40, { error: "textTooLong" }),
    message,
  })
  // `when` runs the check even when other fields failed, so every error shows in one round.
  .refine((complaint) => hasText(complaint.replyEmail) || hasText(complaint.replyPostalAddress), {
    path: ["replyEmail"],
    error: "replyAddressRequired",
    when: () => true,
  });

export const billingCorrectionRequestSchema = z.object({
  idempotencyKey,
  supplyId,
  billId,
  disputedAmount,
  message,
});

export const requestSchemas = {
  information: informationRequestSchema,
  meterCheck: meterCheckRequestSchema,
  billClarification: billClarificationRequestSchema,
  complaint: complaintRequestSchema,
  billingCorrection: billingCorrectionRequestSchema,
} as const satisfies Record<RequestKind, z.ZodType>;

export type InformationRequest = z.output<typeof informationRequestSchema>;
export type MeterCheckRequest = z.output<typeof meterCheckRequestSchema>;
export type BillClarificationRequest = z.output<typeof billClarificationRequestSchema>;
export type ComplaintRequest = z.output<typeof complaintRequestSchema>;
export type BillingCorrectionRequest = z.output<typeof billingCorrectionRequestSchema>;

/** A parsed request of any kind, tagged with its kind. */
export type ParsedRequest =
  | { kind: "information"; data: InformationRequest }
  | { kind: "meterCheck"; data: MeterCheckRequest }
  | { kind: "billClarification"; data: BillClarificationRequest }
  | { kind: "complaint"; data: ComplaintRequest }
  | { kind: "billingCorrection"; data: BillingCorrectionRequest };

/** Field name to the catalog key of its first error. */
export type FieldErrors = Record<string, string>;

/** Names of the fields each kind's form sends, in form order: the error summary lists them this way. */
export const requestFields: Readonly<Record<RequestKind, readonly string[]>> = {
  information: ["supplyId", "subject", "message"],
  meterCheck: ["supplyId", "message", "phone", "feeAccepted"],
  billClarification: ["supplyId", "billId", "message"],
  complaint: ["supplyId", "fullName", "supplyAddress", "replyEmail", "replyPostalAddress", "service", "customerCode", "message"],
  billingCorrection: ["supplyId", "billId", "disputedAmount", "message"],
};

/** Validates a form's values for `kind`. Returns the parsed request, or the first error key of each field. */
export function parseRequest(kind: RequestKind, values: Record<string, string>): { ok: true; request: ParsedRequest } | { ok: false; fieldErrors: FieldErrors } {
  const result = requestSchemas[kind].safeParse(values);

  if (!result.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "form");
      fieldErrors[field] ??= issue.message;
    }
    return { ok: false, fieldErrors };
  }

  return { ok: true, request: { kind, data: result.data } as ParsedRequest };
}
