import type { PracticeKind } from "@/lib/generated/prisma/enums";

/** The practices a water customer can start online, in the order the chooser lists them. */
export const onlinePracticeKinds = ["connection", "subentro", "voltura", "termination", "contactChange", "sepaMandate", "eBilling"] as const satisfies readonly PracticeKind[];

export type OnlinePracticeKind = (typeof onlinePracticeKinds)[number];

/** Path segment of each kind's form under /sportello-online/pratiche/nuova. */
export const slugOfPracticeKind: Readonly<Record<OnlinePracticeKind, string>> = {
  connection: "allacciamento",
  subentro: "subentro",
  voltura: "voltura",
  termination: "cessazione",
  contactChange: "variazione-recapiti",
  sepaMandate: "domiciliazione-sepa",
  eBilling: "bolletta-email",
};

/** Returns the kind whose form lives at `slug`, or null for an unknown path segment. */
export function practiceKindOfSlug(slug: string): OnlinePracticeKind | null {
  return onlinePracticeKinds.find((kind) => slugOfPracticeKind[kind] === slug) ?? null;
}

export function isOnlinePracticeKind(kind: string): kind is OnlinePracticeKind {
  return (onlinePracticeKinds as readonly string[]).includes(kind);
}

/** Documents a form can request. Each is one file input, and `PracticeDocument.kind` stores its name. */
export const practiceDocumentKinds = ["identityDocument", "propertyDocument"] as const;

export type PracticeDocumentKind = (typeof practiceDocumentKinds)[number];

export type DocumentRule = { required: boolean; maxFiles: number };

/**
 * Documents each kind requires or accepts. An identity document (front and back: up to 2 files) comes
 * with every contract change. Connection, subentro and voltura also need the title to occupy
 * the property, a deed of sale or a lease (up to 3 files). The limits add up to the 5 files a
 * submission may carry.
 */
export const documentRules: Readonly<Record<OnlinePracticeKind, Partial<Record<PracticeDocumentKind, DocumentRule>>>> = {
  connection: { identityDocument: { required: true, maxFiles: 2 }, propertyDocument: { required: true, maxFiles: 3 } },
  subentro: { identityDocument: { required: true, maxFiles: 2 }, propertyDocument: { required: true, maxFiles: 3 } },
  voltura: { identityDocument: { required: true, maxFiles: 2 }, propertyDocument: { required: true, maxFiles: 3 } },
  termination: { identityDocument: { required: true, maxFiles: 2 } },
  contactChange: { identityDocument: { required: false, maxFiles: 2 } },
  sepaMandate: { identityDocument: { required: true, maxFiles: 2 } },
  eBilling: {},
};
