import { z } from "zod";

import { findNumericFiscalCodeProblem, normalizeNumericFiscalCode } from "@/lib/identifiers/numeric-fiscal-code";
import { isValidSupplyCode, normalizeSupplyCode } from "@/lib/identifiers/supply-code";
import type { UploadProblem } from "@/lib/uploads/validate-uploads";

// Every `error` is a key under `mandates.fieldErrors` in the message catalogs.

/** Fields the mandate request form posts, besides the verbale. */
export const mandateRequestFields = ["idempotencyKey", "supplyCode", "buildingFiscalCode", "appointedOn"] as const;

export const mandateRequestSchema = z.object({
  /** Random id of the form view, so a double submit stores one request. */
  idempotencyKey: z.uuid({ error: "formExpired" }),
  supplyCode: z
    .string()
    .trim()
    .min(1, { error: "supplyCodeRequired" })
    .transform(normalizeSupplyCode)
    .refine(isValidSupplyCode, { error: "supplyCodeFormat" }),
  // The condominium's own 11-digit codice fiscale, not the administrator's.
  buildingFiscalCode: z
    .string()
    .trim()
    .min(1, { error: "buildingFiscalCodeRequired" })
    .refine((value) => findNumericFiscalCodeProblem(value) !== "format", { error: "buildingFiscalCodeFormat" })
    .refine((value) => findNumericFiscalCodeProblem(value) === null, { error: "buildingFiscalCodeCheckDigit" })
    .transform(normalizeNumericFiscalCode),
  appointedOn: z.iso.date({ error: "appointedOnInvalid" }),
});

export type MandateRequestForm = z.infer<typeof mandateRequestSchema>;

/** Result of a mandate form's action when it does not redirect. */
export type MandateFormState = {
  fieldErrors: Record<string, string>;
  uploadProblem: UploadProblem | null;
  formError: string | null;
  values: Record<string, string>;
};

export const initialMandateFormState: MandateFormState = { fieldErrors: {}, uploadProblem: null, formError: null, values: {} };

export const mandateDecisionSchema = z
  .object({
    decision: z.enum(["approve", "reject"], { error: "decisionRequired" }),
    reason: z.string().trim().max(500, { error: "reasonTooLong" }),
  })
  .refine((input) => input.decision === "approve" || input.reason.length >= 5, { path: ["reason"], error: "reasonRequired" });

export const mandateRevocationSchema = z.object({
  reason: z.string().trim().max(500, { error: "reasonTooLong" }),
});
