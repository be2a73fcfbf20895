import { z } from "zod";

import { isItalianPostalCode } from "@/lib/identifiers/milan-postal-code";

// Error messages are keys under `household.contacts.fieldErrors`, translated by the form.

const optionalText = (max: number) => z.string().trim().max(max, { error: "tooLong" });

/** Removes the separators people type in a phone number ("+39 02 1234-5678" becomes "+390212345678"). */
export function normalizePhone(value: string): string {
  return value.trim().replace(/[\s./()-]/g, "");
}

/** Italian or international phone number: digits with an optional leading +, separators removed. Empty clears it. */
const phone = z
  .string()
  .transform(normalizePhone)
  .pipe(z.union([z.literal(""), z.string().regex(/^\+?\d{6,15}$/, { error: "phoneInvalid" })]));

/** The tenant's contact details. The correspondence address is all or nothing: an empty street clears it. */
export const contactDetailsSchema = z
  .object({
    phone,
    email: z.union([z.literal(""), z.email({ error: "emailInvalid" }).max(254, { error: "tooLong" })]),
    street: optionalText(120),
    houseNumber: optionalText(20),
    postalCode: optionalText(5),
    city: optionalText(80),
    province: optionalText(2),
  })
  .superRefine((value, context) => {
    if (value.street === "") return;

    if (value.houseNumber === "") context.addIssue({ code: "custom", path: ["houseNumber"], message: "houseNumberMissing" });
    if (!isItalianPostalCode(value.postalCode)) context.addIssue({ code: "custom", path: ["postalCode"], message: "postalCodeInvalid" });
    if (value.city === "") context.addIssue({ code: "custom", path: ["city"], message: "cityMissing" });
    if (!/^[A-Za-z]{2}$/.test(value.province)) context.addIssue({ code: "custom", path: ["province"], message: "provinceInvalid" });
  });

export type ContactDetails = z.output<typeof contactDetailsSchema>;

export const contactFields = ["phone", "email", "street", "houseNumber", "postalCode", "city", "province"] as const;
