"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryItemsFrom } from "@/components/ui/error-summary-items";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import type { MandateDecisionState } from "@/lib/mandates/mandate-actions";

type MandateDecisionFormProps = { action: (previous: MandateDecisionState, formData: FormData) => Promise<MandateDecisionState> };

const initialState: MandateDecisionState = { fieldErrors: {}, formError: null, values: {} };

/** Renders the operator's decision on a requested mandate: approve, or reject with a reason the administrator reads. */
export function MandateDecisionForm({ action }: MandateDecisionFormProps) {
  const t = useTranslations("mandates");
  const [state, formAction] = useActionState(action, initialState);

  // A transition skips React's automatic form reset, so the choice and the reason stay after an error.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };

  const errorOf = (field: string) => (state.fieldErrors[field] ? t(`fieldErrors.${state.fieldErrors[field]}`) : undefined);
  const summary = errorSummaryItemsFrom({ decision: errorOf("decision"), reason: errorOf("reason") }, ["decision", "reason"]);

  return (
    <section aria-labelledby="decision-heading" className="max-w-2xl rounded-md border border-slate-300 bg-white p-4">
      <h2 id="decision-heading" className="mb-3 text-xl font-bold">
        {t("decision.heading")}
      </h2>
      <form action={formAction} onSubmit={submit} noValidate>
        {state.formError ? (
          <Alert tone="error" live className="mb-4">
            {t(`errors.${state.formError}`)}
          </Alert>
        ) : null}
        <ErrorSummary errors={summary} />
        <SelectField
          id="decision"
          name="decision"
          label={t("decision.label")}
          placeholder={t("decision.choose")}
          required
          options={[
            { value: "approve", label: t("decision.approve") },
            { value: "reject", label: t("decision.reject") },
          ]}
          defaultValue={state.values.decision ?? ""}
          error={errorOf("decision")}
        />
        <TextareaField id="reason" name="reason" label={t("decision.reason")} hint={t("decision.reasonHint")} rows={3} maxLength={500} defaultValue={state.values.reason ?? ""} error={errorOf("reason")} />
        <SubmitButton pendingLabel={t("decision.sending")}>{t("decision.submit")}</SubmitButton>
      </form>
    </section>
  );
}
