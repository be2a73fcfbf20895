"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { exemptionReasons } from "@/lib/charter/exemption-reasons";
import { exemptIndemnityAction } from "@/lib/tickets/queue/ticket-charter-actions";
import { initialTicketFormState } from "@/lib/tickets/queue/ticket-form-state";

import { FormOutcome } from "./form-outcome";

/** Renders the supervisor's form that exempts the ticket's indemnity, with the cause and its evidence. */
export function ExemptionForm({ ticketId, ticketPath }: { ticketId: string; ticketPath: string }) {
  const t = useTranslations("backoffice");
  const tForms = useTranslations("common.forms");
  const [state, formAction] = useActionState(exemptIndemnityAction, initialTicketFormState);

  const errorOf = (field: string) => (state.fieldErrors[field] ? t(`ticket.errors.${state.fieldErrors[field]}` as Parameters<typeof t>[0]) : undefined);

  return (
    <section aria-labelledby="exemption-heading" className="rounded-md border border-slate-300 bg-white p-4">
      <h2 id="exemption-heading" className="mb-3 text-xl font-bold">
        {t("ticket.exemption.heading")}
      </h2>
      <p className="mb-3">{t("ticket.exemption.intro")}</p>
      <form action={formAction} noValidate>
        <FormOutcome state={state} ticketPath={ticketPath} />
        <input type="hidden" name="ticketId" value={ticketId} />
        <SelectField
          // React resets the form after the action; remounting with the kept value makes the reset restore it.
          key={`exemption-reason-${state.values.reason ?? ""}`}
          id="exemption-reason"
          name="reason"
          label={t("ticket.exemption.reason")}
          placeholder={t("ticket.exemption.chooseReason")}
          options={exemptionReasons.map((reason) => ({ value: reason, label: t(`ticket.exemption.reasons.${reason}`) }))}
          required
          defaultValue={state.values.reason ?? ""}
          error={errorOf("reason")}
        />
        <TextareaField
          id="exemption-note"
          name="note"
          label={t("ticket.exemption.note")}
          hint={t("ticket.exemption.noteHint")}
          rows={3}
          required
          maxLength={2000}
          defaultValue={state.values.note ?? ""}
          error={errorOf("note")}
        />
        <SubmitButton pendingLabel={tForms("sending")}>{t("ticket.exemption.submit")}</SubmitButton>
      </form>
    </section>
  );
}
