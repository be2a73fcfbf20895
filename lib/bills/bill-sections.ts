import type { BillLineView } from "@/lib/bills/bill-view";

/** The parts a bill's lines are shown in, in the order they are printed. */
export type BillSections = {
  /** Fixed and volume charges of the billed period, before VAT. */
  charges: BillLineView[];
  /** Charges for consumption more than two years before the issue date, shown apart because they may be time-barred. */
  olderCharges: BillLineView[];
  vat: BillLineView[];
  /** Bonus and indemnity credits and adjustments, outside the VAT base. */
  credits: BillLineView[];
  /** Sum of the charges of both kinds, the base VAT is computed on. */
  taxableCents: number;
  totalCents: number;
};

const chargeKinds = new Set<BillLineView["kind"]>(["fixedCharge", "volumeCharge"]);

/** Returns the date two years before `issuedOn`. Consumption that ended before it may be time-barred, so the bill shows it apart. */
export function timeBarLimit(issuedOn: Date): Date {
  return new Date(Date.UTC(issuedOn.getUTCFullYear() - 2, issuedOn.getUTCMonth(), issuedOn.getUTCDate()));
}

/** Splits a bill's lines into the sections of the bill, keeping their printed order within each. */
export function groupBillLines(lines: readonly BillLineView[], issuedOn: Date): BillSections {
  const sorted = [...lines].sort((left, right) => left.position - right.position);
  const limit = timeBarLimit(issuedOn);
  const sections: BillSections = { charges: [], olderCharges: [], vat: [], credits: [], taxableCents: 0, totalCents: 0 };

  for (const line of sorted) {
    sections.totalCents += line.amountCents;

    if (line.kind === "vat") {
      sections.vat.push(line);
      continue;
    }

    if (!chargeKinds.has(line.kind)) {
      sections.credits.push(line);
      continue;
    }

    sections.taxableCents += line.amountCents;
    if (line.periodEnd !== null && line.periodEnd < limit) sections.olderCharges.push(line);
    else sections.charges.push(line);
  }

  return sections;
}
