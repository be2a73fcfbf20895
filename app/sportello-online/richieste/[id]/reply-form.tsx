"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { initialRequestFormState, type RequestFormState } from "@/lib/requests/request-form-state";

type ReplyFormProps = {
  action: (previous: RequestFormState, formData: FormData) => Promise<RequestFormState>;
};

/** Renders the box where the customer adds a message to their request. */
export function ReplyForm({ action }: ReplyFormProps) {
  const t = useTranslations("requests");
  const [state, formAction] = useActionState(action, initialRequestFormState);
  const errorKey = state.fieldErrors.body;

  return (
    <form action={formAction} noValidate className="max-w-2xl">
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
      <SubmitButton pendingLabel={t("form.sending")}>{t("detail.replySubmit")}</SubmitButton>
    </form>
  );
}
