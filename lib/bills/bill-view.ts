import type { BillLineKind, ConsumptionBand, PaymentMethod, PaymentState, ReadingSource, TariffService } from "@/lib/generated/prisma/enums";

/** A bill line as pages and the PDF show it: plain numbers, no Prisma decimals. */
export type BillLineView = {
  id: string;
  position: number;
  kind: BillLineKind;
  service: TariffService | null;
  band: ConsumptionBand | null;
  /** m³ for volume lines and bonus credits, days for fixed charges. */
  quantity: number | null;
  /** Euros per unit of quantity, before VAT. */
  unitPrice: number | null;
  amountCents: number;
  /** Italian wording stored with the line by the billing system. */
  description: string;
  /** Set on lines billing a sub-period, such as consumption older than two years. */
  periodStart: Date | null;
  periodEnd: Date | null;
  /** Protocol of the ticket whose missed standard the credited indemnity pays for. */
  indemnityTicketProtocol: string | null;
};

/** A reading a bill opens or closes its period with. */
export type BillReadingView = {
  readAt: Date;
  cubicMetres: number;
  source: ReadingSource;
};

/** One bill with everything its detail page and PDF show. */
export type BillDetail = {
  id: string;
  number: string;
  supply: { id: string; supplyCode: string; address: string; holderName: string; paymentMethod: PaymentMethod };
  periodStart: Date;
  periodEnd: Date;
  issuedOn: Date;
  dueOn: Date;
  consumptionCubicMetres: number;
  /** True when the closing reading of the period is an estimate. */
  estimated: boolean;
  fromReading: BillReadingView | null;
  toReading: BillReadingView | null;
  tariffName: string | null;
  /** VAT rate as a fraction, for example 0.1 for 10%, or null when the bill has no tariff. */
  vatRate: number | null;
  lines: BillLineView[];
  totalCents: number;
  cancelled: boolean;
  paymentState: PaymentState;
  paidOn: Date | null;
  paidCents: number;
  pagoPaNoticeCode: string | null;
};
