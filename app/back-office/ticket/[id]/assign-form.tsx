"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { OperatorOption } from "@/lib/tickets/queue/list-queue-options";
import { assignAction } from "@/lib/tickets/queue/ticket-actions";
import { initialTicketFormState } from "@/lib/tickets/queue/ticket-form-state";

import { FormOutcome } from "./form-outcome";

type AssignFormProps = {
  ticketId: string;
  version: number;
  assigneeId: string | null;
  operators: readonly OperatorOption[];
  ticketPath: string;
};

/** Renders the assignment form, listing the operators of the ticket's division and an empty choice that removes the assignee. */
export function AssignForm({ ticketId, version, assigneeId, operators, ticketPath }: AssignFormProps) {
  const t = useTranslations("backoffice.ticket");
  const tForms = useTranslations("common.forms");
  const [state, formAction] = useActionState(assignAction, initialTicketFormState);

  const error = state.fieldErrors.assigneeId ? t(`errors.${state.fieldErrors.assigneeId}` as Parameters<typeof t>[0]) : undefined;

  return (
    <section aria-labelledby="assign-heading" className="rounded-md border border-slate-300 bg-white p-4">
      <h2 id="assign-heading" className="mb-3 text-xl font-bold">
        {t("assign.heading")}
      </h2>
      <form action={formAction} noValidate>
        <FormOutcome state={state} ticketPath={ticketPath} />
        <input type="hidden" name="ticketId" value={ticketId} />
        <input type="hidden" name="version" value={version} />
        <SelectField
          // React resets the form after the action; remounting with the kept value makes the reset restore it.
          key={`assign-${state.values.assigneeId ?? assigneeId ?? ""}`}
          id="assign-to"
          name="assigneeId"
          label={t("assign.label")}
          placeholder={t("assign.nobody")}
          options={operators.map((operator) => ({ value: operator.id, label: operator.displayName }))}
          defaultValue={state.values.assigneeId ?? assigneeId ?? ""}
          error={error}
        />
        <SubmitButton pendingLabel={tForms("sending")}>{t("assign.submit")}</SubmitButton>
      </form>
    </section>
  );
}
