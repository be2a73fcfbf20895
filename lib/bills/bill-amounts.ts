import { intlLocaleTags, type Locale } from "@/lib/i18n/config";
import { formatMoneyCents } from "@/lib/i18n/format";

const noBreakSpace = "\u00a0";

/**
 * Formats a price per unit in euros with 2 to 4 decimals, because tariff rates such as 0,4512 €/m³
 * have more precision than cents. Italian puts the symbol first, as `formatMoneyCents` does.
 */
export function formatUnitPrice(euros: number, locale: Locale): string {
  const options = { minimumFractionDigits: 2, maximumFractionDigits: 4 };

  if (locale !== "it") {
    return new Intl.NumberFormat(intlLocaleTags[locale], { style: "currency", currency: "EUR", ...options }).format(euros);
  }

  const digits = new Intl.NumberFormat("it-IT", { ...options, useGrouping: "always" }).format(Math.abs(euros));
  return `${euros < 0 ? "-" : ""}€${noBreakSpace}${digits}`;
}

/** Formats a VAT rate stored as a fraction (0.1) as the percentage printed on the bill ("10"), keeping one decimal when it has one ("5,5"). */
export function formatVatRate(rate: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocaleTags[locale], { maximumFractionDigits: 1 }).format(Math.round(rate * 1000) / 10);
}

/** Formats a bill line's quantity: whole days, or m³ with up to 3 decimals as the billing system stores them. */
export function formatQuantity(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocaleTags[locale], { maximumFractionDigits: 3 }).format(value);
}

/** Formats a bill total, which is negative when credits exceed the charges: the absolute amount for "saldo a tuo favore". */
export function formatBillTotal(totalCents: number, locale: Locale): { amount: string; credit: boolean } {
  return { amount: formatMoneyCents(Math.abs(totalCents), locale), credit: totalCents < 0 };
}
