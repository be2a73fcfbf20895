"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialAppointmentFormState, type AppointmentFormState } from "@/lib/appointments/appointment-form-state";

type CancelFormProps = { action: (previous: AppointmentFormState, formData: FormData) => Promise<AppointmentFormState> };

/** Cancels the appointment, with an optional reason. */
export function CancelForm({ action }: CancelFormProps) {
  const t = useTranslations("appointments");
  const [state, formAction] = useActionState(action, initialAppointmentFormState);
  const reasonError = state.fieldErrors.reason ? t(`fieldErrors.${state.fieldErrors.reason}`) : undefined;

  return (
    <form action={formAction} noValidate className="max-w-xl">
      {state.formError ? (
        <Alert tone="error" live className="mb-4">
          {t(`errors.${state.formError}`)}
        </Alert>
      ) : null}
      <TextField id="reason" name="reason" label={t("cancel.reason")} maxLength={300} defaultValue={state.values.reason ?? ""} error={reasonError} />
      <SubmitButton variant="danger" pendingLabel={t("cancel.pending")}>
        {t("cancel.submit")}
      </SubmitButton>
    </form>
  );
}
