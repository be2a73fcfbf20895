"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryItemsFrom } from "@/components/ui/error-summary-items";
import { FileField } from "@/components/ui/file-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialReadingFormState, type ReadingFormState } from "@/lib/readings/reading-form-state";
import { MAX_UPLOAD_BYTES } from "@/lib/uploads/upload-rules";

type SelfReadingFormProps = {
  idempotencyKey: string;
  /** Today in Milan, YYYY-MM-DD: the default reading date and the latest one the picker offers. */
  today: string;
  action: (previous: ReadingFormState, formData: FormData) => Promise<ReadingFormState>;
};

const fieldOrder = ["readOn", "cubicMetres", "meterReplaced", "photo", "confirmed"] as const;

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

/** Renders the self-reading form. The server checks every rule, and a value it finds unusual comes back with a confirmation box. */
export function SelfReadingForm({ idempotencyKey, today, action }: SelfReadingFormProps) {
  const t = useTranslations("readings");
  const tUploads = useTranslations("uploads");
  const [state, formAction] = useActionState(action, initialReadingFormState);

  const submitted = Object.keys(state.values).length > 0;
  const valueOf = (field: string, fallback = ""): string => (submitted ? (state.values[field] ?? "") : fallback);
  const errorOf = (field: string): string | undefined => {
    if (field === "photo" && state.uploadProblem) {
      const problem = state.uploadProblem;
      return tUploads(`problems.${problem.code}`, { fileName: problem.fileName ?? "", limit: problem.limit ?? 1, megabytes: MAX_UPLOAD_BYTES / (1024 * 1024) });
    }
    const key = state.fieldErrors[field];
    return key ? t(`fieldErrors.${key}`) : undefined;
  };

  const summary = errorSummaryItemsFrom(Object.fromEntries(fieldOrder.map((field) => [field, errorOf(field)])), fieldOrder);
  const needsConfirmation = state.confirmationFlags.length > 0;

  // A transition skips React's automatic form reset, so typed values stay after an error.
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

      {needsConfirmation ? (
        <Alert tone="warning" live title={t("form.confirmTitle")} className="mb-6">
          <ul className="list-disc ps-5">
            {state.confirmationFlags.map((flag) => (
              <li key={flag}>{t(`flags.${flag}`)}</li>
            ))}
          </ul>
          <p className="mt-2">{t("form.confirmHelp")}</p>
        </Alert>
      ) : null}

      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />

      <TextField id="readOn" name="readOn" type="date" label={t("form.readOn")} hint={t("form.readOnHint")} required max={today} defaultValue={valueOf("readOn", today)} error={errorOf("readOn")} />
      <TextField
        id="cubicMetres"
        name="cubicMetres"
        label={t("form.cubicMetres")}
        hint={t("form.cubicMetresHint")}
        required
        inputMode="numeric"
        autoComplete="off"
        maxLength={9}
        defaultValue={valueOf("cubicMetres")}
        error={errorOf("cubicMetres")}
      />
      <CheckboxField
        id="meterReplaced"
        name="meterReplaced"
        label={t("form.meterReplaced")}
        hint={t("form.meterReplacedHint")}
        defaultChecked={valueOf("meterReplaced") === "on"}
        error={errorOf("meterReplaced")}
      />
      <FileField id="photo" name="photo" label={t("form.photo")} hint={t("form.photoHint")} kinds={["jpeg", "png", "pdf"]} error={errorOf("photo")} />

      {needsConfirmation ? (
        <CheckboxField id="confirmed" name="confirmed" label={t("form.confirmed")} error={errorOf("confirmed")} />
      ) : (
        <input type="hidden" name="confirmed" value={valueOf("confirmed")} />
      )}

      <SubmitButton pendingLabel={t("form.sending")}>{t("form.submit")}</SubmitButton>
    </form>
  );
}
