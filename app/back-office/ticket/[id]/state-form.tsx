"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import type { TicketState } from "@/lib/generated/prisma/enums";
import { changeStateAction } from "@/lib/tickets/queue/ticket-actions";
import { initialTicketFormState } from "@/lib/tickets/queue/ticket-form-state";

import { FormOutcome } from "./form-outcome";

type StateFormProps = {
  ticketId: string;
  version: number;
  /** The moves `allowedTransitions` permits from the current state. */
  targets: readonly TicketState[];
  ticketPath: string;
};

/** Renders the state change form, offering only the moves allowed from the current state. */
export function StateForm({ ticketId, version, targets, ticketPath }: StateFormProps) {
  const t = useTranslations("backoffice");
  const tForms = useTranslations("common.forms");
  const [state, formAction] = useActionState(changeStateAction, initialTicketFormState);

  const errorOf = (field: string) => (state.fieldErrors[field] ? t(`ticket.errors.${state.fieldErrors[field]}` as Parameters<typeof t>[0]) : undefined);

  return (
    <section aria-labelledby="state-heading" className="rounded-md border border-slate-300 bg-white p-4">
      <h2 id="state-heading" className="mb-3 text-xl font-bold">
        {t("ticket.stateChange.heading")}
      </h2>
      {targets.length === 0 ? (
        <p>{t("ticket.stateChange.none")}</p>
      ) : (
        <form action={formAction} noValidate>
          <FormOutcome state={state} ticketPath={ticketPath} />
          <input type="hidden" name="ticketId" value={ticketId} />
          <input type="hidden" name="version" value={version} />
          <SelectField
            // React resets the form after the action; remounting with the kept value makes the reset restore it.
            key={`state-to-${state.values.toState ?? ""}`}
            id="state-to"
            name="toState"
            label={t("ticket.stateChange.label")}
            placeholder={t("ticket.stateChange.choose")}
            options={targets.map((target) => ({ value: target, label: t(`states.${target}`) }))}
            required
            defaultValue={state.values.toState ?? ""}
            error={errorOf("toState")}
          />
          <TextareaField id="state-reason" name="reason" label={t("ticket.stateChange.reason")} hint={t("ticket.stateChange.reasonHint")} rows={3} maxLength={2000} defaultValue={state.values.reason ?? ""} error={errorOf("reason")} />
          <SubmitButton pendingLabel={tForms("sending")}>{t("ticket.stateChange.submit")}</SubmitButton>
        </form>
      )}
    </section>
  );
}
