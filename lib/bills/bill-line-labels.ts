import { formatVatRate } from "@/lib/bills/bill-amounts";
import type { BillLineView } from "@/lib/bills/bill-view";
import type { Locale } from "@/lib/i18n/config";

/**
 * Key of a line's label under the `bills.lines` messages, with its values. Adjustments have no
 * fixed wording, so they show the description the billing system stored.
 */
export type BillLineLabel = { key: string; values: Record<string, string> } | { text: string };

/** Returns the message key that names a bill line in every locale. */
export function billLineLabel(
  line: Pick<BillLineView, "kind" | "service" | "band" | "description" | "indemnityTicketProtocol">,
  vatRate: number | null,
  locale: Locale,
): BillLineLabel {
  switch (line.kind) {
    case "fixedCharge":
      return line.service ? { key: `fixed.${line.service}`, values: {} } : { text: line.description };
    case "volumeCharge":
      if (line.service === "waterSupply" && line.band) return { key: `volume.band.${line.band}`, values: {} };
      return line.service ? { key: `volume.${line.service}`, values: {} } : { text: line.description };
    case "vat":
      return vatRate === null ? { key: "vatUnknownRate", values: {} } : { key: "vat", values: { rate: formatVatRate(vatRate, locale) } };
    case "bonusCredit":
      return { key: "bonusCredit", values: {} };
    case "supplementaryBonusCredit":
      return { key: "supplementaryBonusCredit", values: {} };
    case "indemnityCredit":
      return line.indemnityTicketProtocol ? { key: "indemnityCreditFor", values: { protocol: line.indemnityTicketProtocol } } : { key: "indemnityCredit", values: {} };
    default:
      return { text: line.description };
  }
}

/** Unit of a line's quantity: days for fixed charges and the supplementary bonus, m³ for the others. */
export function quantityUnit(line: Pick<BillLineView, "kind" | "quantity">): "days" | "cubicMetres" | null {
  if (line.quantity === null) return null;
  if (line.kind === "fixedCharge" || line.kind === "supplementaryBonusCredit") return "days";
  if (line.kind === "volumeCharge" || line.kind === "bonusCredit") return "cubicMetres";
  return null;
}
