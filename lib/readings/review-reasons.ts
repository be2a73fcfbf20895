import type { ReviewFlag } from "@/lib/readings/self-reading-rules";

/**
 * Reasons a flagged self-reading waits for an operator, stored in `MeterReading.stateReason` in
 * Italian, the language operators repeat to the customer.
 */
export const reviewReasonTexts: Record<ReviewFlag, string> = {
  highConsumption: "Consumo giornaliero oltre cinque volte la media storica della fornitura, confermato dal cliente: da verificare.",
  digitOverflow: "Aumento pari ad almeno metà della capacità del contatore, confermato dal cliente: controllare una cifra in più.",
  registerRollover:
    "Lettura inferiore alla precedente perché il contatore ha superato il valore massimo ed è ripartito da zero, confermata dal cliente: da verificare.",
  meterReplaced:
    "Il cliente dichiara che il contatore è stato sostituito: verificare matricola e lettura iniziale del nuovo contatore prima di validare.",
};

/** Returns the stored reason for a set of review flags, one sentence each. */
export function reviewReasonOf(flags: readonly ReviewFlag[]): string | null {
  if (flags.length === 0) return null;
  return flags.map((flag) => reviewReasonTexts[flag]).join(" ");
}

/** Reason stored on a self-reading replaced by a later one for the same day. */
export function replacedReasonOf(protocol: string): string {
  return `Sostituita dall'autolettura ${protocol}, inviata per lo stesso giorno.`;
}
