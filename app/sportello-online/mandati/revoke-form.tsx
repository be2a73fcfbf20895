"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { MandateDecisionState } from "@/lib/mandates/mandate-actions";

type RevokeFormProps = {
  mandateId: string;
  /** Names the mandate in the button, so a list of buttons reads apart for screen readers. */
  supplyCode: string;
  action: (previous: MandateDecisionState, formData: FormData) => Promise<MandateDecisionState>;
};

const initialState: MandateDecisionState = { fieldErrors: {}, formError: null, values: {} };

/** Renders a small form, folded in a details box, that revokes one mandate with an optional reason. */
export function RevokeForm({ mandateId, supplyCode, action }: RevokeFormProps) {
  const t = useTranslations("mandates");
  const [state, formAction] = useActionState(action, initialState);

  // A transition skips React's automatic form reset, so the choice and the reason stay after an error.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  const reasonError = state.fieldErrors.reason ? t(`fieldErrors.${state.fieldErrors.reason}`) : undefined;

  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-brand-800 underline underline-offset-2">{t("revoke.open", { code: supplyCode })}</summary>
      <form action={formAction} onSubmit={submit} noValidate className="mt-2">
        {state.formError ? (
          <Alert tone="error" live className="mb-3">
            {t(`errors.${state.formError}`)}
          </Alert>
        ) : null}
        <TextField id={`reason-${mandateId}`} name="reason" label={t("revoke.reason")} hint={t("revoke.reasonHint")} maxLength={500} defaultValue={state.values.reason ?? ""} error={reasonError} />
        <SubmitButton variant="danger" size="sm" pendingLabel={t("revoke.sending")}>
          {t("revoke.submit", { code: supplyCode })}
        </SubmitButton>
      </form>
    </details>
  );
}
