"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryItemsFrom } from "@/components/ui/error-summary-items";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialAdminFormState } from "@/lib/charter/admin/admin-form-state";
import { addClosureAction } from "@/lib/charter/admin/charter-admin-actions";

const fields = ["calendarId", "date", "reason"] as const;

/** Renders the form that adds a closure day to a calendar; a double submit adds the day once. */
export function ClosureForm({ calendars }: { calendars: readonly SelectOption[] }) {
  const t = useTranslations("backofficeAdmin");
  const tForms = useTranslations("common.forms");
  const [state, formAction] = useActionState(addClosureAction, initialAdminFormState);

  const messages = Object.fromEntries(Object.entries(state.fieldErrors).map(([field, key]) => [field, t(`errors.${key}` as Parameters<typeof t>[0])]));

  return (
    <section aria-labelledby="closure-heading" className="rounded-md border border-slate-300 bg-white p-4">
      <h2 id="closure-heading" className="mb-3 text-xl font-bold">
        {t("closures.add.heading")}
      </h2>
      <form action={formAction} noValidate>
        <ErrorSummary errors={errorSummaryItemsFrom(messages, fields, (field) => `closure-${field}`)} />
        {state.formError ? (
          <Alert tone="error" live className="mb-4">
            {t(`errors.${state.formError}` as Parameters<typeof t>[0])}
          </Alert>
        ) : null}
        <SelectField
          // React resets the form after the action; remounting with the kept value makes the reset restore it.
          key={`closure-calendar-${state.values.calendarId ?? ""}`}
          id="closure-calendarId"
          name="calendarId"
          label={t("closures.add.calendar")}
          placeholder={t("closures.add.chooseCalendar")}
          options={calendars}
          required
          defaultValue={state.values.calendarId ?? ""}
          error={messages.calendarId}
        />
        <TextField id="closure-date" name="date" type="date" label={t("closures.add.date")} hint={t("closures.add.dateHint")} required defaultValue={state.values.date ?? ""} error={messages.date} />
        <TextField id="closure-reason" name="reason" label={t("closures.add.reason")} hint={t("closures.add.reasonHint")} required maxLength={200} defaultValue={state.values.reason ?? ""} error={messages.reason} />
        <SubmitButton pendingLabel={tForms("sending")}>{t("closures.add.submit")}</SubmitButton>
      </form>
    </section>
  );
}
