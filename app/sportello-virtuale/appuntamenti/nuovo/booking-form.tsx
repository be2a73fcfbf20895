"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryItemsFrom } from "@/components/ui/error-summary-items";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { initialAppointmentFormState, type AppointmentFormState } from "@/lib/appointments/appointment-form-state";
import type { SlotDay } from "@/lib/appointments/slot-labels";

import { SlotPicker } from "../slot-picker";

type BookingFormProps = {
  idempotencyKey: string;
  officeId: string;
  counterServiceId: string;
  days: SlotDay[];
  action: (previous: AppointmentFormState, formData: FormData) => Promise<AppointmentFormState>;
};

/** Chooses one of the week's free slots and books it. Errors come back from the server action with the values sent. */
export function BookingForm({ idempotencyKey, officeId, counterServiceId, days, action }: BookingFormProps) {
  const t = useTranslations("appointments");
  const [state, formAction] = useActionState(action, initialAppointmentFormState);

  const errorOf = (field: string) => (state.fieldErrors[field] ? t(`fieldErrors.${state.fieldErrors[field]}`) : undefined);
  const summary = errorSummaryItemsFrom({ startsAt: errorOf("startsAt"), notes: errorOf("notes") }, ["startsAt", "notes"]);

  // A transition keeps the chosen radio button after an error; without JavaScript the form posts to the action.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };

  return (
    <form action={formAction} onSubmit={submit} noValidate>
      {state.formError ? (
        <Alert tone="error" live className="mb-6">
          {t(`errors.${state.formError}`)}
        </Alert>
      ) : null}
      <ErrorSummary errors={summary} />

      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="officeId" value={officeId} />
      <input type="hidden" name="counterServiceId" value={counterServiceId} />

      <SlotPicker days={days} selected={state.values.startsAt ?? ""} error={errorOf("startsAt")} />

      <TextareaField id="notes" name="notes" label={t("book.notes")} hint={t("book.notesHint")} maxLength={500} rows={3} defaultValue={state.values.notes ?? ""} error={errorOf("notes")} />

      <SubmitButton pendingLabel={t("book.pending")}>{t("book.submit")}</SubmitButton>
    </form>
  );
}
