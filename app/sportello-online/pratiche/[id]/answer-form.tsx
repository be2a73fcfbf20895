"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryItemsFrom } from "@/components/ui/error-summary-items";
import { FileField } from "@/components/ui/file-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { initialPracticeFormState, type PracticeFormState } from "@/lib/practices/practice-form-state";

type AnswerFormProps = {
  /** Random id of this form view: a second submit of the same view stores nothing new. */
  idempotencyKey: string;
  action: (previous: PracticeFormState, formData: FormData) => Promise<PracticeFormState>;
};

type AnswerKey = Parameters<ReturnType<typeof useTranslations<"practiceAnswers">>>[0];

const fields = ["message", "documents"] as const;

/** Lets the customer answer the operator's request with a message and documents. */
export function AnswerForm({ idempotencyKey, action }: AnswerFormProps) {
  const t = useTranslations("practiceAnswers");
  const [state, formAction] = useActionState(action, initialPracticeFormState);

  const errorOf = (field: string): string | undefined => {
    const fileError = state.fileErrors[field];
    if (fileError) return fileError;
    const key = state.fieldErrors[field];
    return key ? t(`fieldErrors.${key}` as AnswerKey) : undefined;
  };
  const summary = errorSummaryItemsFrom(Object.fromEntries(fields.map((field) => [field, errorOf(field)])), fields);

  // A transition keeps the typed message after an error, because React's form reset is skipped.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };

  return (
    <form action={formAction} onSubmit={submit} noValidate className="max-w-2xl" data-testid="practice-answer-form">
      {state.formError ? (
        <Alert tone="error" live className="mb-6">
          {t(`errors.${state.formError}` as AnswerKey)}
        </Alert>
      ) : null}
      <ErrorSummary errors={summary} />

      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <TextareaField
        id="message"
        name="message"
        label={t("message")}
        hint={t("messageHint")}
        required
        maxLength={2000}
        defaultValue={state.values.message ?? ""}
        error={errorOf("message")}
      />
      <FileField id="documents" name="documents" label={t("documents")} hint={t("documentsHint")} multiple error={errorOf("documents")} />
      <SubmitButton pendingLabel={t("sending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
