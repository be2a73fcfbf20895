"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { Alert } from "@/components/ui/alert";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { openTicketAction } from "@/lib/tickets/queue/open-ticket-action";
import { initialTicketFormState } from "@/lib/tickets/queue/ticket-form-state";

type NewTicketFormProps = {
  idempotencyKey: string;
  requesterId: string;
  aboutOptions: readonly SelectOption[];
  categoryOptions: readonly SelectOption[];
  channelOptions: readonly SelectOption[];
  priorityOptions: readonly SelectOption[];
};

/** Renders the form of the ticket an operator opens for the picked customer. The server page supplies the options. */
export function NewTicketForm({ idempotencyKey, requesterId, aboutOptions, categoryOptions, channelOptions, priorityOptions }: NewTicketFormProps) {
  const t = useTranslations("backoffice.newTicket");
  const tForms = useTranslations("common.forms");
  const [state, formAction] = useActionState(openTicketAction, initialTicketFormState);

  const errorOf = (field: string) => (state.fieldErrors[field] ? t(`errors.${state.fieldErrors[field]}` as Parameters<typeof t>[0]) : undefined);
  const valueOf = (field: string) => state.values[field] ?? "";

  return (
    <form action={formAction} noValidate aria-labelledby="new-ticket-heading">
      <h2 id="new-ticket-heading" className="mb-3 text-xl font-bold">
        {t("formHeading")}
      </h2>
      {state.status === "error" && state.errorCode ? (
        <Alert tone="error" live className="mb-4">
          <p data-testid="form-error">{t(`errors.${state.errorCode}` as Parameters<typeof t>[0])}</p>
        </Alert>
      ) : null}
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="requesterId" value={requesterId} />
      <SelectField id="new-about" name="about" label={t("about")} hint={t("aboutHint")} placeholder={t("aboutNone")} options={aboutOptions} defaultValue={valueOf("about")} error={errorOf("about")} />
      <SelectField id="new-category" name="categoryId" label={t("category")} placeholder={t("choose")} options={categoryOptions} required defaultValue={valueOf("categoryId")} error={errorOf("categoryId")} />
      <SelectField id="new-channel" name="channel" label={t("channel")} placeholder={t("choose")} options={channelOptions} required defaultValue={valueOf("channel")} error={errorOf("channel")} />
      <SelectField id="new-priority" name="priority" label={t("priority")} placeholder={t("priorityDefault")} options={priorityOptions} defaultValue={valueOf("priority")} error={errorOf("priority")} />
      <TextField id="new-subject" name="subject" label={t("subject")} required maxLength={200} defaultValue={valueOf("subject")} error={errorOf("subject")} />
      <TextareaField id="new-description" name="description" label={t("description")} required rows={5} maxLength={5000} defaultValue={valueOf("description")} error={errorOf("description")} />
      <SubmitButton pendingLabel={tForms("sending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
