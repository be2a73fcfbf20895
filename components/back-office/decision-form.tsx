"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryItemsFrom } from "@/components/ui/error-summary-items";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";

/** State of a decision form after its action: field errors by name, a form-wide error, and the values sent. */
export type DecisionFormState = { fieldErrors: Record<string, string>; formError: string | null; values: Record<string, string> };

type DecisionFormProps = {
  action: (previous: DecisionFormState, formData: FormData) => Promise<DecisionFormState>;
  /** Catalog namespace with the `decision`, `fieldErrors` and `errors` keys of this decision. */
  namespace: "readings" | "mandates";
  /** The form value, and the `decision.<value>` label key, of the positive outcome. */
  approveValue: "accept" | "approve";
};

const initialState: DecisionFormState = { fieldErrors: {}, formError: null, values: {} };

/** Renders an operator's decision on a case: the positive outcome, or a rejection with a reason the customer reads. */
export function DecisionForm({ action, namespace, approveValue }: DecisionFormProps) {
  const t = useTranslations(namespace);
  const [state, formAction] = useActionState(action, initialState);

  // A transition skips React's automatic form reset, so the choice and the reason stay after an error.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };

  const errorOf = (field: string) => (state.fieldErrors[field] ? t(`fieldErrors.${state.fieldErrors[field]}` as never) : undefined);
  const summary = errorSummaryItemsFrom({ decision: errorOf("decision"), reason: errorOf("reason") }, ["decision", "reason"]);

  return (
    <section aria-labelledby="decision-heading" className="max-w-2xl rounded-md border border-slate-300 bg-white p-4">
      <h2 id="decision-heading" className="mb-3 text-xl font-bold">
        {t("decision.heading")}
      </h2>
      <form action={formAction} onSubmit={submit} noValidate>
        {state.formError ? (
          <Alert tone="error" live className="mb-4">
            {t(`errors.${state.formError}` as never)}
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
            { value: approveValue, label: t(`decision.${approveValue}` as never) },
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
