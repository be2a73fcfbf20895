"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { FileField } from "@/components/ui/file-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { noteAction, replyAction } from "@/lib/tickets/queue/ticket-actions";
import { initialTicketFormState } from "@/lib/tickets/queue/ticket-form-state";

import { FormOutcome } from "./form-outcome";

type MessageComposerProps = {
  /** "reply" sends a public reply to the customer; "note" saves an internal note for staff. */
  kind: "reply" | "note";
  ticketId: string;
  /** The ticket version the page showed, sent back so a stale reply gets a conflict. */
  version: number;
  ticketPath: string;
  /** Key of this form view, sent with a note so a double submit stores one note. */
  idempotencyKey?: string;
};

/**
 * Renders the form that writes a public reply or an internal note, with optional files that
 * take the message's visibility. The text is kept after an error; the files must be chosen again.
 */
export function MessageComposer({ kind, ticketId, version, ticketPath, idempotencyKey }: MessageComposerProps) {
  const t = useTranslations("backoffice.ticket");
  const tForms = useTranslations("common.forms");
  const [state, formAction] = useActionState(kind === "reply" ? replyAction : noteAction, initialTicketFormState);

  const fieldId = `${kind}-body`;
  const bodyError = state.fieldErrors.body ? t(`errors.${state.fieldErrors.body}` as Parameters<typeof t>[0]) : undefined;
  const headingId = `${kind}-heading`;

  return (
    <section aria-labelledby={headingId} className={`rounded-md border-2 p-4 ${kind === "note" ? "border-dashed border-amber-700 bg-amber-50" : "border-slate-300 bg-white"}`}>
      <h2 id={headingId} className="mb-3 text-xl font-bold">
        {t(`${kind}.heading`)}
      </h2>
      <form action={formAction} noValidate>
        <FormOutcome state={state} ticketPath={ticketPath} />
        <input type="hidden" name="ticketId" value={ticketId} />
        {kind === "reply" ? <input type="hidden" name="version" value={version} /> : null}
        {idempotencyKey ? <input type="hidden" name="idempotencyKey" value={idempotencyKey} /> : null}
        <TextareaField id={fieldId} name="body" label={t(`${kind}.label`)} hint={t(`${kind}.hint`)} required maxLength={5000} defaultValue={state.values.body ?? ""} error={bodyError} />
        <FileField id={`${kind}-files`} name="files" multiple label={t(`${kind}.files`)} hint={t(`${kind}.filesHint`)} error={state.fileError ?? undefined} />
        <SubmitButton pendingLabel={tForms("sending")}>{t(`${kind}.submit`)}</SubmitButton>
      </form>
    </section>
  );
}
