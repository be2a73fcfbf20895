"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { mergeAction } from "@/lib/tickets/queue/ticket-charter-actions";
import { initialTicketFormState } from "@/lib/tickets/queue/ticket-form-state";

import { FormOutcome } from "./form-outcome";

type MergeFormProps = { ticketId: string; version: number; ticketPath: string };

/** Renders the form that closes this ticket as a duplicate of another one, named by its protocol. */
export function MergeForm({ ticketId, version, ticketPath }: MergeFormProps) {
  const t = useTranslations("backoffice");
  const tForms = useTranslations("common.forms");
  const [state, formAction] = useActionState(mergeAction, initialTicketFormState);

  const error = state.fieldErrors.survivorProtocol ? t(`ticket.errors.${state.fieldErrors.survivorProtocol}` as Parameters<typeof t>[0]) : undefined;

  return (
    <section aria-labelledby="merge-heading" className="rounded-md border border-slate-300 bg-white p-4">
      <h2 id="merge-heading" className="mb-3 text-xl font-bold">
        {t("ticket.merge.heading")}
      </h2>
      <form action={formAction} noValidate>
        <FormOutcome state={state} ticketPath={ticketPath} />
        <input type="hidden" name="ticketId" value={ticketId} />
        <input type="hidden" name="version" value={version} />
        <TextField
          id="merge-survivor"
          name="survivorProtocol"
          label={t("ticket.merge.label")}
          hint={t("ticket.merge.hint")}
          required
          maxLength={40}
          autoComplete="off"
          defaultValue={state.values.survivorProtocol ?? ""}
          error={error}
        />
        <SubmitButton pendingLabel={tForms("sending")}>{t("ticket.merge.submit")}</SubmitButton>
      </form>
    </section>
  );
}
