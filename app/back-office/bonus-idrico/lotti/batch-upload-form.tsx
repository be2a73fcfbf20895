"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";

import { Alert } from "@/components/ui/alert";
import { controlClassName, describedByOf, FieldFrame } from "@/components/ui/field-parts";
import { SubmitButton } from "@/components/ui/submit-button";
import { importBatchAction } from "@/lib/bonus/bonus-actions";
import { initialBatchImportState } from "@/lib/bonus/bonus-form-state";

/** Uploads a national batch file and lists the outcome: the batch created and each rejected row with its reason. */
export function BatchUploadForm() {
  const t = useTranslations("bonus.batch");
  const [state, formAction] = useActionState(importBatchAction, initialBatchImportState);
  const id = useId().replace(/:/g, "") + "-batch-file";
  const error = state.status === "failed" && state.fileError ? t(`fileErrors.${state.fileError}`, state.fileErrorValues ?? {}) : undefined;

  return (
    <form action={formAction} encType="multipart/form-data" className="mb-8 rounded-md border border-slate-300 bg-white p-4">
      {state.status === "imported" ? (
        <Alert tone="success" live className="mb-4" title={t("imported", { reference: state.reference ?? "", count: state.imported })}>
          {state.errors.length > 0 ? t("importedWithErrors", { count: state.errors.length }) : null}
        </Alert>
      ) : null}

      <FieldFrame id={id} label={t("file")} hint={t("fileHint")} error={error} required>
        <input
          id={id}
          name="batchFile"
          type="file"
          accept=".csv,text/csv"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={describedByOf({ id, hint: t("fileHint"), error })}
          className={controlClassName(Boolean(error))}
        />
      </FieldFrame>
      <SubmitButton pendingLabel={t("uploading")}>{t("upload")}</SubmitButton>

      {state.errors.length > 0 ? (
        <div className="mt-6">
          <h3 className="mb-2 text-lg font-bold">{t("rowErrorsTitle", { count: state.errors.length })}</h3>
          <div role="region" aria-label={t("rowErrorsTitle", { count: state.errors.length })} tabIndex={0} className="overflow-x-auto rounded-md border border-slate-300">
            <table className="w-full border-collapse text-start">
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="p-2 text-start">{t("row")}</th>
                  <th scope="col" className="p-2 text-start">{t("recordId")}</th>
                  <th scope="col" className="p-2 text-start">{t("reason")}</th>
                </tr>
              </thead>
              <tbody>
                {state.errors.map((rowError) => (
                  <tr key={`${rowError.row}-${rowError.reason}`} className="border-t border-slate-300" data-testid="batch-row-error">
                    <th scope="row" className="p-2 text-start">{rowError.row}</th>
                    <td className="p-2">{rowError.recordId ?? "–"}</td>
                    <td className="p-2">{t(`rowErrors.${rowError.reason}`, rowError.values ?? {})}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
    </form>
  );
}
