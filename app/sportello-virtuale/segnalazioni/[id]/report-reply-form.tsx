"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { FileField } from "@/components/ui/file-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { initialReportFormState, type ReportFormState } from "@/lib/reports/report-form-state";

type ReportReplyFormProps = {
  action: (previous: ReportFormState, formData: FormData) => Promise<ReportFormState>;
};

/** Renders the box where the reporter adds a message and more photos to their report. */
export function ReportReplyForm({ action }: ReportReplyFormProps) {
  const t = useTranslations("reports");
  const [state, formAction] = useActionState(action, initialReportFormState);
  const errorKey = state.fieldErrors.body;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };

  return (
    <form action={formAction} onSubmit={submit} noValidate className="max-w-2xl" data-testid="report-reply-form">
      {state.formError ? (
        <Alert tone="error" live className="mb-4">
          {t(`errors.${state.formError}`)}
        </Alert>
      ) : null}
      <TextareaField
        id="body"
        name="body"
        label={t("detail.replyLabel")}
        hint={t("detail.replyHint")}
        required
        maxLength={5000}
        defaultValue={state.values.body ?? ""}
        error={errorKey ? t(`fieldErrors.${errorKey}`) : undefined}
      />
      <FileField id="reply-photos" name="photos" label={t("form.photos")} kinds={["jpeg", "png", "pdf"]} multiple error={state.uploadError ?? undefined} />
      <SubmitButton pendingLabel={t("form.sending")}>{t("detail.replySubmit")}</SubmitButton>
    </form>
  );
}
