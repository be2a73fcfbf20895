import "server-only";

import { isValidNumericFiscalCode } from "@/lib/identifiers/numeric-fiscal-code";

/**
 * Codice fiscale of the Comune di Milano, which owns the ERP dwellings and is the creditor
 * named on rent notices. NOTE: the creditor of MM's real rent notices is to be confirmed, so
 * `RENT_CREDITOR_FISCAL_CODE` overrides it.
 */
const comuneDiMilanoFiscalCode = "01199250158";

/** Returns the 11-digit fiscal code of the creditor that rent pagoPA notices name. Raises when the configured value is not a valid one. */
export function rentCreditorFiscalCode(): string {
  const configured = process.env.RENT_CREDITOR_FISCAL_CODE?.trim();
  if (!configured) return comuneDiMilanoFiscalCode;

  if (!isValidNumericFiscalCode(configured)) {
    throw new Error(`RENT_CREDITOR_FISCAL_CODE "${configured}" is not a valid 11-digit fiscal code: fix it or unset it.`);
  }
  return configured;
}
