"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryItemsFrom } from "@/components/ui/error-summary-items";
import { FileField } from "@/components/ui/file-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialMandateFormState, type MandateFormState } from "@/lib/mandates/mandate-schema";
import { MAX_UPLOAD_BYTES } from "@/lib/uploads/upload-rules";

type MandateRequestFormProps = {
  idempotencyKey: string;
  today: string;
  action: (previous: MandateFormState, formData: FormData) => Promise<MandateFormState>;
};

const fieldOrder = ["supplyCode", "buildingFiscalCode", "appointedOn", "verbale"] as const;

/**
 * Drops file inputs left empty. Sent through a transition, they reach the server as zero-byte
 * files named "undefined", which `validateUploads` reads as a chosen file of an unknown type.
 */
function withoutEmptyFiles(data: FormData): FormData {
  for (const [name, value] of [...data.entries()]) {
    if (typeof value !== "string" && value.size === 0) data.delete(name);
  }
  return data;
}

/** Renders the mandate request form: the condominium supply, its codice fiscale, the appointment date and the verbale. */
export function MandateRequestForm({ idempotencyKey, today, action }: MandateRequestFormProps) {
  const t = useTranslations("mandates");
  const tUploads = useTranslations("uploads");
  const [state, formAction] = useActionState(action, initialMandateFormState);

  const valueOf = (field: string): string => state.values[field] ?? "";
  const errorOf = (field: string): string | undefined => {
    if (field === "verbale" && state.uploadProblem) {
      const problem = state.uploadProblem;
      return problem.code === "badType"
        ? t("fieldErrors.verbaleNotPdf", { fileName: problem.fileName ?? "" })
        : tUploads(`problems.${problem.code}`, { fileName: problem.fileName ?? "", limit: problem.limit ?? 1, megabytes: MAX_UPLOAD_BYTES / (1024 * 1024) });
    }
    const key = state.fieldErrors[field];
    return key ? t(`fieldErrors.${key}`) : undefined;
  };

  const summary = errorSummaryItemsFrom(Object.fromEntries(fieldOrder.map((field) => [field, errorOf(field)])), fieldOrder);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = withoutEmptyFiles(new FormData(event.currentTarget));
    startTransition(() => formAction(data));
  };

  return (
    <form action={formAction} onSubmit={submit} noValidate encType="multipart/form-data" className="max-w-2xl">
      {state.formError ? (
        <Alert tone="error" live className="mb-6">
          {t(`errors.${state.formError}`)}
        </Alert>
      ) : null}
      <ErrorSummary errors={summary} />

      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />

      <TextField
        id="supplyCode"
        name="supplyCode"
        label={t("form.supplyCode")}
        hint={t("form.supplyCodeHint")}
        required
        inputMode="numeric"
        autoComplete="off"
        maxLength={14}
        defaultValue={valueOf("supplyCode")}
        error={errorOf("supplyCode")}
      />
      <TextField
        id="buildingFiscalCode"
        name="buildingFiscalCode"
        label={t("form.buildingFiscalCode")}
        hint={t("form.buildingFiscalCodeHint")}
        required
        inputMode="numeric"
        autoComplete="off"
        maxLength={16}
        defaultValue={valueOf("buildingFiscalCode")}
        error={errorOf("buildingFiscalCode")}
      />
      <TextField id="appointedOn" name="appointedOn" type="date" label={t("form.appointedOn")} hint={t("form.appointedOnHint")} required max={today} defaultValue={valueOf("appointedOn")} error={errorOf("appointedOn")} />
      <FileField id="verbale" name="verbale" label={t("form.verbale")} hint={t("form.verbaleHint")} required kinds={["pdf"]} error={errorOf("verbale")} />

      <SubmitButton pendingLabel={t("form.sending")}>{t("form.submit")}</SubmitButton>
    </form>
  );
}
