"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { pauseReasons } from "@/lib/charter/pause-reasons";
import { pauseClockAction, resumeClockAction } from "@/lib/tickets/queue/ticket-charter-actions";
import { initialTicketFormState } from "@/lib/tickets/queue/ticket-form-state";

import { FormOutcome } from "./form-outcome";

type ClockFormProps = {
  ticketId: string;
  version: number;
  /** State of the ticket's service clock: a running clock offers the pause, a paused one the resume. */
  clockState: "running" | "paused";
  ticketPath: string;
};

/** Renders the pause form of a running service clock, or the resume button of a paused one. */
export function ClockForm({ ticketId, version, clockState, ticketPath }: ClockFormProps) {
  const t = useTranslations("backoffice");
  const tForms = useTranslations("common.forms");
  const [state, formAction] = useActionState(clockState === "running" ? pauseClockAction : resumeClockAction, initialTicketFormState);

  const errorOf = (field: string) => (state.fieldErrors[field] ? t(`ticket.errors.${state.fieldErrors[field]}` as Parameters<typeof t>[0]) : undefined);

  return (
    <section aria-labelledby="clock-heading" className="rounded-md border border-slate-300 bg-white p-4">
      <h2 id="clock-heading" className="mb-3 text-xl font-bold">
        {t("ticket.clock.heading")}
      </h2>
      <form action={formAction} noValidate>
        <FormOutcome state={state} ticketPath={ticketPath} />
        <input type="hidden" name="ticketId" value={ticketId} />
        <input type="hidden" name="version" value={version} />
        {clockState === "running" ? (
          <>
            <SelectField
              // React resets the form after the action; remounting with the kept value makes the reset restore it.
              key={`clock-reason-${state.values.reason ?? ""}`}
              id="clock-reason"
              name="reason"
              label={t("ticket.clock.reason")}
              placeholder={t("ticket.clock.chooseReason")}
              options={pauseReasons.map((reason) => ({ value: reason, label: t(`ticket.clock.reasons.${reason}`) }))}
              required
              defaultValue={state.values.reason ?? ""}
              error={errorOf("reason")}
            />
            <TextareaField
              id="clock-evidence"
              name="evidence"
              label={t("ticket.clock.evidence")}
              hint={t("ticket.clock.evidenceHint")}
              rows={3}
              required
              maxLength={2000}
              defaultValue={state.values.evidence ?? ""}
              error={errorOf("evidence")}
            />
            <SubmitButton pendingLabel={tForms("sending")}>{t("ticket.clock.pause")}</SubmitButton>
          </>
        ) : (
          <>
            <p className="mb-3">{t("ticket.clock.pausedNow")}</p>
            <SubmitButton pendingLabel={tForms("sending")}>{t("ticket.clock.resume")}</SubmitButton>
          </>
        )}
      </form>
    </section>
  );
}
