import type { Prisma } from "@/lib/generated/prisma/client";
import type { PracticeKind, PracticeState } from "@/lib/generated/prisma/enums";

/** One row of a practice list, for the customer or the back-office queue. */
export type PracticeRow = {
  id: string;
  protocol: string;
  kind: PracticeKind;
  state: PracticeState;
  submittedAt: Date | null;
  supplyCode: string | null;
  /** Name of the account that submitted the practice. Shown in the back-office only. */
  submitterName: string | null;
};

export type PracticeDocumentView = { id: string; kind: string; fileId: string; fileName: string; sizeBytes: number };

/** A practice with everything its detail page and receipt show. */
export type PracticeDetail = PracticeRow & {
  payload: Record<string, unknown>;
  updatedAt: Date;
  rejectionReason: string | null;
  documents: PracticeDocumentView[];
  submitterEmail: string | null;
  applicantName: string | null;
};

export const practiceRowSelect = {
  id: true,
  protocol: true,
  kind: true,
  state: true,
  submittedAt: true,
  supply: { select: { supplyCode: true } },
  submittedBy: { select: { displayName: true } },
} satisfies Prisma.PracticeSelect;

type PracticeRowRecord = {
  id: string;
  protocol: string | null;
  kind: PracticeKind;
  state: PracticeState;
  submittedAt: Date | null;
  supply: { supplyCode: string } | null;
  submittedBy: { displayName: string } | null;
};

export function toPracticeRow(record: PracticeRowRecord): PracticeRow {
  return {
    id: record.id,
    protocol: record.protocol ?? "",
    kind: record.kind,
    state: record.state,
    submittedAt: record.submittedAt,
    supplyCode: record.supply?.supplyCode ?? null,
    submitterName: record.submittedBy?.displayName ?? null,
  };
}

export const practiceDetailSelect = {
  ...practiceRowSelect,
  payload: true,
  updatedAt: true,
  rejectionReason: true,
  submittedBy: { select: { displayName: true, email: true } },
  applicant: { select: { givenName: true, familyName: true, legalName: true } },
  documents: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, file: { select: { id: true, fileName: true, sizeBytes: true } } },
  },
} satisfies Prisma.PracticeSelect;

type PracticeDetailRecord = Omit<PracticeRowRecord, "submittedBy"> & {
  payload: unknown;
  updatedAt: Date;
  rejectionReason: string | null;
  submittedBy: { displayName: string; email: string } | null;
  applicant: { givenName: string | null; familyName: string | null; legalName: string | null } | null;
  documents: { id: string; kind: string; file: { id: string; fileName: string; sizeBytes: number } }[];
};

export function toPracticeDetail(record: PracticeDetailRecord): PracticeDetail {
  const applicant = record.applicant;
  const applicantName = applicant ? applicant.legalName ?? ([applicant.givenName, applicant.familyName].filter(Boolean).join(" ") || null) : null;

  return {
    ...toPracticeRow(record),
    payload: typeof record.payload === "object" && record.payload !== null ? (record.payload as Record<string, unknown>) : {},
    updatedAt: record.updatedAt,
    rejectionReason: record.rejectionReason,
    documents: record.documents.map((document) => ({ id: document.id, kind: document.kind, fileId: document.file.id, fileName: document.file.fileName, sizeBytes: document.file.sizeBytes })),
    submitterEmail: record.submittedBy?.email ?? null,
    applicantName,
  };
}
