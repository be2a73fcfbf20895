import type { BillDetail, BillLineView } from "@/lib/bills/bill-view";

/*
 * The bill the guide "Come leggere la bolletta" explains: a resident household of 3, 120 days,
 * 60 m³, priced with the demo tariff's rates (which are not MM's), and a 30 € indemnity credited.
 * A unit test checks that its lines add up to its total.
 */

function line(position: number, fields: Omit<BillLineView, "id" | "position" | "periodStart" | "periodEnd" | "indemnityTicketProtocol"> & { indemnityTicketProtocol?: string }): BillLineView {
  return { id: `sample-${position}`, position, periodStart: null, periodEnd: null, indemnityTicketProtocol: null, ...fields };
}

const sampleLines: BillLineView[] = [
  line(1, { kind: "fixedCharge", service: "waterSupply", band: null, quantity: 120, unitPrice: null, amountCents: 99, description: "Quota fissa acquedotto" }),
  line(2, { kind: "fixedCharge", service: "sewerage", band: null, quantity: 120, unitPrice: null, amountCents: 49, description: "Quota fissa fognatura" }),
  line(3, { kind: "fixedCharge", service: "treatment", band: null, quantity: 120, unitPrice: null, amountCents: 49, description: "Quota fissa depurazione" }),
  line(4, { kind: "volumeCharge", service: "waterSupply", band: "subsidised", quantity: 32.548, unitPrice: 0.25, amountCents: 814, description: "Quota variabile acquedotto, fascia agevolata" }),
  line(5, { kind: "volumeCharge", service: "waterSupply", band: "base", quantity: 27.452, unitPrice: 0.45, amountCents: 1235, description: "Quota variabile acquedotto, fascia base" }),
  line(6, { kind: "volumeCharge", service: "sewerage", band: null, quantity: 60, unitPrice: 0.15, amountCents: 900, description: "Quota variabile fognatura" }),
  line(7, { kind: "volumeCharge", service: "treatment", band: null, quantity: 60, unitPrice: 0.4, amountCents: 2400, description: "Quota variabile depurazione" }),
  line(8, { kind: "vat", service: null, band: null, quantity: null, unitPrice: null, amountCents: 555, description: "IVA 10%" }),
  line(9, {
    kind: "indemnityCredit",
    service: null,
    band: null,
    quantity: null,
    unitPrice: null,
    amountCents: -3000,
    description: "Indennizzo automatico: Risposta motivata a reclamo scritto",
    indemnityTicketProtocol: "SII-2026-000123",
  }),
];

/** Builds the sample bill. `holderName` and `address` come from the reader's catalog. */
export function sampleBill(holderName: string, address: string): BillDetail {
  return {
    id: "sample",
    number: "2026/0012345",
    supply: { id: "sample", supplyCode: "100234567", address, holderName, paymentMethod: "pagoPa" },
    periodStart: new Date(Date.UTC(2026, 0, 1)),
    periodEnd: new Date(Date.UTC(2026, 3, 30)),
    issuedOn: new Date(Date.UTC(2026, 4, 15)),
    dueOn: new Date(Date.UTC(2026, 5, 9)),
    consumptionCubicMetres: 60,
    estimated: false,
    fromReading: { readAt: new Date(Date.UTC(2025, 11, 31, 10)), cubicMetres: 1204, source: "actual" },
    toReading: { readAt: new Date(Date.UTC(2026, 3, 30, 10)), cubicMetres: 1264, source: "self" },
    tariffName: "Uso domestico residente",
    vatRate: 0.1,
    lines: sampleLines,
    totalCents: 3101,
    cancelled: false,
    paymentState: "unpaid",
    paidOn: null,
    paidCents: 0,
    pagoPaNoticeCode: "301260000000123404",
  };
}
