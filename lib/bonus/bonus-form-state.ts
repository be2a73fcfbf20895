import type { BatchRowError } from "@/lib/bonus/batch-file-layout";

/**
 * Result of a bonus form's action when it does not redirect: field errors and a form-wide
 * error as catalog keys, and the values sent so the form shows them again.
 */
export type BonusFormState = {
  fieldErrors: Record<string, string>;
  formError: string | null;
  values: Record<string, string>;
};

export const initialBonusFormState: BonusFormState = { fieldErrors: {}, formError: null, values: {} };

export const bonusBackOfficePath = "/back-office/bonus-idrico";
export const cafApplicationsPath = "/caf/domande-bonus";

export function bonusApplicationPath(applicationId: string): string {
  return `${bonusBackOfficePath}/${applicationId}`;
}

export function cafApplicationPath(applicationId: string): string {
  return `${cafApplicationsPath}/${applicationId}`;
}

/** Result of the batch upload form: the rows rejected and, after an import, the batch created. */
export type BatchImportState = {
  status: "idle" | "imported" | "failed";
  fileError: string | null;
  fileErrorValues?: Record<string, string | number>;
  reference: string | null;
  batchId: string | null;
  imported: number;
  errors: BatchRowError[];
};

export const initialBatchImportState: BatchImportState = { status: "idle", fileError: null, reference: null, batchId: null, imported: 0, errors: [] };
