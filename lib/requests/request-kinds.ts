/** The requests a water customer can file in the Sportello Online, in the order the chooser lists them. */
export const requestKinds = ["information", "meterCheck", "billClarification", "complaint", "billingCorrection"] as const;

export type RequestKind = (typeof requestKinds)[number];

/**
 * SII ticket category each kind opens. A bill clarification is a written information request
 * about one bill, so it shares the information category and its 30 working-day reply standard.
 */
export const categoryCodeOfKind: Readonly<Record<RequestKind, string>> = {
  information: "information",
  meterCheck: "meterCheck",
  billClarification: "billClarification",
  complaint: "complaint",
  billingCorrection: "billingCorrection",
};

/** Path segment of each kind's form under /sportello-online/richieste/nuova. */
export const slugOfKind: Readonly<Record<RequestKind, string>> = {
  information: "informazioni",
  meterCheck: "verifica-contatore",
  billClarification: "chiarimento-bolletta",
  complaint: "reclamo",
  billingCorrection: "rettifica-fatturazione",
};

/** Returns the kind whose form lives at `slug`, or null for an unknown path segment. */
export function kindOfSlug(slug: string): RequestKind | null {
  return requestKinds.find((kind) => slugOfKind[kind] === slug) ?? null;
}

export const requestsPath = "/sportello-online/richieste";

export function newRequestPath(kind: RequestKind): string {
  return `${requestsPath}/nuova/${slugOfKind[kind]}`;
}

export function requestDetailPath(ticketId: string): string {
  return `${requestsPath}/${ticketId}`;
}
