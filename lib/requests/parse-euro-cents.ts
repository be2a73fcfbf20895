/**
 * Parses an amount in euros as a person types it into whole cents: "12", "12,5", "12,50",
 * "1.234,56", "1234.56" or "€ 12,50". A comma is the decimal separator, as in Italy. A lone
 * dot followed by one or two digits is read as decimal too, and dots before groups of three
 * digits as thousands separators. Returns null for anything else, including more than two decimals.
 */
export function parseEuroCents(text: string): number | null {
  const compact = text.replace(/€/g, "").replace(/\s/g, "");
  if (compact === "") return null;

  let integerPart: string;
  let decimalPart = "";

  if (/^\d{1,3}(\.\d{3})*(,\d{1,2})?$/.test(compact) || /^\d+(,\d{1,2})?$/.test(compact)) {
    const [whole, decimals] = compact.split(",");
    integerPart = (whole ?? "").replace(/\./g, "");
    decimalPart = decimals ?? "";
  } else if (/^\d+\.\d{1,2}$/.test(compact)) {
    const [whole, decimals] = compact.split(".");
    integerPart = whole ?? "";
    decimalPart = decimals ?? "";
  } else {
    return null;
  }

  const cents = Number(integerPart) * 100 + Number(decimalPart.padEnd(2, "0"));
  return Number.isSafeInteger(cents) ? cents : null;
}
