"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/textarea-field";
import { initialCensusFormState, type CensusFormState } from "@/lib/census/census-form-state";
import type { DeclarationEvent } from "@/lib/census/declaration-states";

type ReviewFormProps = {
  events: DeclarationEvent[];
  action: (previous: CensusFormState, formData: FormData) => Promise<CensusFormState>;
};

/** Renders the operator's review steps. The message is required only to request missing documents. */
export function ReviewForm({ events, action }: ReviewFormProps) {
  const t = useTranslations("census");
  const [state, formAction] = useActionState(action, initialCensusFormState);
  const messageError = state.fieldErrors.message ? t(`fieldErrors.${state.fieldErrors.message}`) : undefined;

  return (
    <form action={formAction} noValidate className="max-w-2xl">
      {state.formError ? (
        <Alert tone="error" live className="mb-4">
          {t(`errors.${state.formError}`)}
        </Alert>
      ) : null}
      {events.includes("requestIntegration") ? (
        <TextareaField id="message" name="message" label={t("review.message")} hint={t("review.messageHint")} rows={4} maxLength={2000} defaultValue={state.fields.message ?? ""} error={messageError} />
      ) : null}
      <div className="flex flex-wrap gap-3">
        {events.map((event) => (
          <Button key={event} type="submit" name="event" value={event} variant={event === "complete" ? "primary" : "secondary"}>
            {t(`review.events.${event}`)}
          </Button>
        ))}
      </div>
    </form>
  );
}
