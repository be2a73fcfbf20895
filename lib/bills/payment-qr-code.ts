import "server-only";

import QRCode from "qrcode";

import { buildPagoPaQrPayload } from "@/lib/identifiers/pagopa-notice";

/**
 * Returns the 11-digit fiscal code of the creditor (MM S.p.A.) that pagoPA QR codes carry, from
 * `PAGOPA_CREDITOR_FISCAL_CODE`, or null when it is unset or malformed.
 * NOTE: no default is built in, so bills carry no QR code until the variable is set.
 */
export function pagoPaCreditorFiscalCode(): string | null {
  const value = process.env.PAGOPA_CREDITOR_FISCAL_CODE?.trim();
  return value && /^[0-9]{11}$/.test(value) ? value : null;
}

/** Draws the pagoPA QR code of a notice as a PNG, or returns null when no creditor is configured or nothing is owed. */
export async function paymentQrCodePng(noticeCode: string, amountCents: number): Promise<Buffer | null> {
  const creditor = pagoPaCreditorFiscalCode();
  if (!creditor || amountCents <= 0) return null;

  return QRCode.toBuffer(buildPagoPaQrPayload(noticeCode, creditor, amountCents), { type: "png", errorCorrectionLevel: "M", margin: 2, width: 240 });
}
