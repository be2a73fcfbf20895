"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { Alert } from "@/components/ui/alert";
import { errorIdOf, FieldError } from "@/components/ui/field-parts";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { initialReportFormState, type ReportFormState } from "@/lib/reports/report-form-state";

type DecisionFormProps = {
  action: (previous: ReportFormState, formData: FormData) => Promise<ReportFormState>;
};

/** Approves the household change, which then applies it, or rejects it with a reason the tenant reads. */
export function DecisionForm({ action }: DecisionFormProps) {
  const t = useTranslations("household.review");
  const tForms = useTranslations("common.forms");
  const [state, formAction] = useActionState(action, initialReportFormState);
  const decisionError = state.fieldErrors.decision ? t(`fieldErrors.${state.fieldErrors.decision}`) : undefined;
  const reasonError = state.fieldErrors.reason ? t(`fieldErrors.${state.fieldErrors.reason}`) : undefined;

  return (
    <form action={formAction} noValidate className="max-w-2xl" data-testid="decision-form">
      {state.formError ? (
        <Alert tone="error" live className="mb-4">
          {t(`errors.${state.formError}`)}
        </Alert>
      ) : null}
      <fieldset className="mb-5" aria-describedby={decisionError ? errorIdOf("decision") : undefined}>
        <legend className="font-semibold text-slate-900">
          {t("decision")}
          <span className="ms-1 text-sm font-normal text-slate-700">({tForms("required")})</span>
        </legend>
        {decisionError ? <FieldError id="decision">{decisionError}</FieldError> : null}
        {(["approve", "reject"] as const).map((decision, index) => (
          <label key={decision} className="flex min-h-11 items-center gap-2">
            <input id={index === 0 ? "decision" : `decision-${decision}`} type="radio" name="decision" value={decision} defaultChecked={state.values.decision === decision} className="size-5" />
            {t(`decisions.${decision}`)}
          </label>
        ))}
      </fieldset>
      <TextareaField id="reason" name="reason" label={t("reason")} hint={t("reasonHint")} maxLength={2000} rows={3} defaultValue={state.values.reason ?? ""} error={reasonError} />
      <SubmitButton pendingLabel={t("saving")}>{t("confirm")}</SubmitButton>
    </form>
  );
}
