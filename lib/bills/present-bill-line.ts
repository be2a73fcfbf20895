import { formatQuantity, formatUnitPrice } from "@/lib/bills/bill-amounts";
import { billLineLabel, quantityUnit } from "@/lib/bills/bill-line-labels";
import type { BillLineView } from "@/lib/bills/bill-view";
import type { Locale } from "@/lib/i18n/config";
import { formatMoneyCents } from "@/lib/i18n/format";

/** A translator of the `bills` namespace, as `getTranslations("bills")` returns it. */
export type BillsTranslator = (key: string, values?: Record<string, string | number>) => string;

/** A bill line's printed cells, identical on the page and in the PDF. */
export type PresentedBillLine = { id: string; label: string; quantity: string; unitPrice: string; amount: string };

/** Words a bill line's label, quantity, unit price and amount in the reader's language. */
export function presentBillLine(line: BillLineView, vatRate: number | null, locale: Locale, t: BillsTranslator): PresentedBillLine {
  const label = billLineLabel(line, vatRate, locale);
  const unit = quantityUnit(line);

  let quantity = "";
  if (line.quantity !== null && unit === "days") quantity = t("units.days", { value: line.quantity });
  if (line.quantity !== null && unit === "cubicMetres") quantity = t("units.cubicMetres", { value: formatQuantity(line.quantity, locale) });

  // Fixed charges are yearly amounts spread per day, so their tiny daily rate is left out.
  const showsUnitPrice = line.unitPrice !== null && unit === "cubicMetres";

  return {
    id: line.id,
    label: "key" in label ? t(`lines.${label.key}`, label.values) : label.text,
    quantity,
    unitPrice: showsUnitPrice ? t("units.unitPrice", { price: formatUnitPrice(line.unitPrice!, locale) }) : "",
    amount: formatMoneyCents(line.amountCents, locale),
  };
}
