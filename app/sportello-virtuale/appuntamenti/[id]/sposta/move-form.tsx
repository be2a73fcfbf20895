"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialAppointmentFormState, type AppointmentFormState } from "@/lib/appointments/appointment-form-state";
import type { SlotDay } from "@/lib/appointments/slot-labels";

import { SlotPicker } from "../../slot-picker";

type MoveFormProps = {
  days: SlotDay[];
  action: (previous: AppointmentFormState, formData: FormData) => Promise<AppointmentFormState>;
};

/** Chooses a new slot for the appointment. */
export function MoveForm({ days, action }: MoveFormProps) {
  const t = useTranslations("appointments");
  const [state, formAction] = useActionState(action, initialAppointmentFormState);
  const slotError = state.fieldErrors.startsAt ? t(`fieldErrors.${state.fieldErrors.startsAt}`) : undefined;

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
      <SlotPicker days={days} selected={state.values.startsAt ?? ""} error={slotError} />
      <SubmitButton pendingLabel={t("move.pending")}>{t("move.submit")}</SubmitButton>
    </form>
  );
}
