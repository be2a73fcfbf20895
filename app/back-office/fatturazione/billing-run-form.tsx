"use client";

import { useLocale, useTranslations } from "next-intl";
import { Fragment, useActionState } from "react";

import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryItemsFrom } from "@/components/ui/error-summary-items";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { runBillingAction } from "@/lib/billing/billing-run-actions";
import { initialBillingRunFormState, type BillingRunResult } from "@/lib/billing/billing-run-form";
import type { Locale } from "@/lib/i18n/config";
import { formatCalendarDate } from "@/lib/i18n/format";

const fields = ["periodEnd"] as const;

function RunResult({ result }: { result: BillingRunResult }) {
  const t = useTranslations("billing");
  const periodEnd = formatCalendarDate(result.periodEnd, useLocale() as Locale);

  return (
    <section aria-labelledby="billing-result-heading" className="mt-6 rounded-md border border-slate-300 bg-white p-4" data-testid="billing-run-result">
      <h2 id="billing-result-heading" className="mb-3 text-xl font-bold">
        {result.dryRun ? t("result.previewHeading", { periodEnd }) : t("result.runHeading", { periodEnd })}
      </h2>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-1 sm:max-w-md">
        <dt>{t("result.due")}</dt>
        <dd className="text-end font-semibold">{result.due}</dd>
        {result.dryRun ? null : (
          <>
            <dt>{t("result.issued")}</dt>
            <dd className="text-end font-semibold" data-testid="billing-issued-count">
              {result.issued}
            </dd>
            {result.skipped.map((entry) => (
              <Fragment key={entry.reason}>
                <dt>{t(`skipReasons.${entry.reason}`)}</dt>
                <dd className="text-end">{entry.count}</dd>
              </Fragment>
            ))}
            <dt>{t("result.failed")}</dt>
            <dd className="text-end font-semibold">{result.failed}</dd>
          </>
        )}
      </dl>
      {result.dryRun && result.dueSample.length > 0 ? (
        <>
          <h3 className="mt-4 font-bold">{t("result.sampleHeading", { shown: result.dueSample.length })}</h3>
          <ul className="mt-1 list-disc ps-6">
            {result.dueSample.map((code) => (
              <li key={code}>{code}</li>
            ))}
          </ul>
        </>
      ) : null}
      {result.failures.length > 0 ? (
        <>
          <h3 className="mt-4 font-bold">{t("result.failuresHeading")}</h3>
          <ul className="mt-1 list-disc ps-6">
            {result.failures.map((failure) => (
              <li key={failure.supplyCode}>
                {failure.supplyCode}: {failure.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** Renders the billing form: a period end and two buttons, preview (issues nothing) or run. */
export function BillingRunForm() {
  const t = useTranslations("billing");
  const tForms = useTranslations("common.forms");
  const [state, formAction] = useActionState(runBillingAction, initialBillingRunFormState);

  const messages = Object.fromEntries(Object.entries(state.fieldErrors).map(([field, key]) => [field, t(`errors.${key}` as Parameters<typeof t>[0])]));

  return (
    <>
      <section aria-labelledby="billing-form-heading" className="rounded-md border border-slate-300 bg-white p-4">
        <h2 id="billing-form-heading" className="mb-3 text-xl font-bold">
          {t("form.heading")}
        </h2>
        <form action={formAction} noValidate>
          <ErrorSummary errors={errorSummaryItemsFrom(messages, fields, (field) => `billing-${field}`)} />
          {state.formError ? (
            <Alert tone="error" live className="mb-4">
              {t(`errors.${state.formError}` as Parameters<typeof t>[0])}
            </Alert>
          ) : null}
          <TextField
            key={`billing-period-end-${state.values.periodEnd}`}
            id="billing-periodEnd"
            name="periodEnd"
            type="date"
            label={t("form.periodEnd")}
            hint={t("form.periodEndHint")}
            required
            defaultValue={state.values.periodEnd}
            error={messages.periodEnd}
          />
          <div className="flex flex-wrap gap-3">
            <SubmitButton name="mode" value="preview" variant="secondary" pendingLabel={tForms("sending")}>
              {t("form.preview")}
            </SubmitButton>
            <SubmitButton name="mode" value="run" pendingLabel={tForms("sending")}>
              {t("form.run")}
            </SubmitButton>
          </div>
        </form>
      </section>
      {state.result ? <RunResult result={state.result} /> : null}
    </>
  );
}
