"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useRef, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryItemsFrom } from "@/components/ui/error-summary-items";
import { FileField } from "@/components/ui/file-field";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { initialRequestFormState, type RequestFormState } from "@/lib/requests/request-form-state";
import type { RequestKind } from "@/lib/requests/request-kinds";
import { complaintServices, requestFields } from "@/lib/requests/request-schemas";

/** Choices the server prepared for the form, with labels already in the visitor's language. */
export type RequestFormOptions = {
  supplies: SelectOption[];
  bills: SelectOption[];
  supplyAddressById: Record<string, string>;
  supplyCodeById: Record<string, string>;
};

type RequestFormProps = {
  kind: RequestKind;
  idempotencyKey: string;
  options: RequestFormOptions;
  /** Starting values: the account's name and addresses and the first supply. */
  prefill: Record<string, string>;
  action: (previous: RequestFormState, formData: FormData) => Promise<RequestFormState>;
};

const kindsWithBill: readonly RequestKind[] = ["billClarification", "billingCorrection"];

/** Renders the form of one request kind. Errors come back from the server action with the values sent, which the form shows again. */
export function RequestForm({ kind, idempotencyKey, options, prefill, action }: RequestFormProps) {
  const t = useTranslations("requests");
  const [state, formAction] = useActionState(action, initialRequestFormState);
  const formRef = useRef<HTMLFormElement>(null);

  const submitted = Object.keys(state.values).length > 0;
  const valueOf = (field: string): string => (submitted ? (state.values[field] ?? "") : (prefill[field] ?? ""));
  const errorOf = (field: string): string | undefined => {
    const fileError = state.fileErrors?.[field];
    if (fileError) return fileError;
    const key = state.fieldErrors[field];
    return key ? t(`fieldErrors.${key}`) : undefined;
  };

  const fields = [...requestFields[kind], "attachments"];
  const summaryMessages = Object.fromEntries(fields.map((field) => [field, errorOf(field)]));
  const summary = errorSummaryItemsFrom(summaryMessages, fields);

  const needsSupply = kind !== "information";
  if (needsSupply && options.supplies.length === 0) return <Alert tone="warning">{t("form.noSupplies")}</Alert>;
  if (kindsWithBill.includes(kind) && options.bills.length === 0) return <Alert tone="warning">{t("form.noBills")}</Alert>;

  // A complaint names the supply's address and code; choosing another supply refills them.
  const fillFromSupply = (supplyId: string) => {
    const elements = formRef.current?.elements;
    if (kind !== "complaint" || !elements) return;

    const supplyAddress = elements.namedItem("supplyAddress");
    const customerCode = elements.namedItem("customerCode");
    if (supplyAddress instanceof HTMLInputElement) supplyAddress.value = options.supplyAddressById[supplyId] ?? "";
    if (customerCode instanceof HTMLInputElement) customerCode.value = options.supplyCodeById[supplyId] ?? "";
  };

  // Submitting through a transition skips React's automatic form reset, which would put every
  // select back on its placeholder after an error. Without JavaScript the form posts to the action.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };

  return (
    <form ref={formRef} action={formAction} onSubmit={submit} noValidate className="max-w-2xl">
      {state.formError ? (
        <Alert tone="error" live className="mb-6">
          {t(`errors.${state.formError}`)}
        </Alert>
      ) : null}
      <ErrorSummary errors={summary} />

      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />

      <SelectField
        id="supplyId"
        name="supplyId"
        label={t("form.supply")}
        hint={t("form.supplyHint")}
        required={needsSupply}
        options={kind === "information" ? [{ value: "", label: t("form.noSupply") }, ...options.supplies] : options.supplies}
        placeholder={needsSupply ? t("form.supplyPlaceholder") : undefined}
        defaultValue={valueOf("supplyId")}
        error={errorOf("supplyId")}
        onChange={(event) => fillFromSupply(event.target.value)}
      />

      {kindsWithBill.includes(kind) ? (
        <SelectField
          id="billId"
          name="billId"
          label={t("form.bill")}
          hint={t("form.billHint")}
          required
          options={options.bills}
          placeholder={t("form.billPlaceholder")}
          defaultValue={valueOf("billId")}
          error={errorOf("billId")}
        />
      ) : null}

      {kind === "information" ? (
        <TextField id="subject" name="subject" label={t("form.subject")} hint={t("form.subjectHint")} required maxLength={150} defaultValue={valueOf("subject")} error={errorOf("subject")} />
      ) : null}

      {kind === "complaint" ? (
        <>
          <Alert tone="info" className="mb-5">
            {t("form.complaintNotice")}
          </Alert>
          <TextField id="fullName" name="fullName" label={t("form.fullName")} required autoComplete="name" defaultValue={valueOf("fullName")} error={errorOf("fullName")} />
          <TextField
            id="supplyAddress"
            name="supplyAddress"
            label={t("form.supplyAddress")}
            required
            defaultValue={valueOf("supplyAddress")}
            error={errorOf("supplyAddress")}
          />
          <TextField
            id="replyEmail"
            name="replyEmail"
            type="email"
            label={t("form.replyEmail")}
            hint={t("form.replyAddressHint")}
            autoComplete="email"
            defaultValue={valueOf("replyEmail")}
            error={errorOf("replyEmail")}
          />
          <TextField
            id="replyPostalAddress"
            name="replyPostalAddress"
            label={t("form.replyPostalAddress")}
            autoComplete="street-address"
            defaultValue={valueOf("replyPostalAddress")}
            error={errorOf("replyPostalAddress")}
          />
          <SelectField
            id="service"
            name="service"
            label={t("form.service")}
            required
            placeholder={t("form.servicePlaceholder")}
            options={complaintServices.map((service) => ({ value: service, label: t(`services.${service}`) }))}
            defaultValue={valueOf("service")}
            error={errorOf("service")}
          />
          <TextField
            id="customerCode"
            name="customerCode"
            label={t("form.customerCode")}
            hint={t("form.customerCodeHint")}
            required
            defaultValue={valueOf("customerCode")}
            error={errorOf("customerCode")}
          />
        </>
      ) : null}

      {kind === "billingCorrection" ? (
        <TextField
          id="disputedAmount"
          name="disputedAmount"
          label={t("form.disputedAmount")}
          hint={t("form.disputedAmountHint")}
          required
          inputMode="decimal"
          defaultValue={valueOf("disputedAmount")}
          error={errorOf("disputedAmount")}
        />
      ) : null}

      <TextareaField
        id="message"
        name="message"
        label={kind === "billingCorrection" ? t("form.reason") : t("form.message")}
        hint={t("form.messageHint")}
        required
        maxLength={4000}
        defaultValue={valueOf("message")}
        error={errorOf("message")}
      />

      {kind === "meterCheck" ? (
        <>
          <TextField id="phone" name="phone" type="tel" label={t("form.phone")} hint={t("form.phoneHint")} autoComplete="tel" defaultValue={valueOf("phone")} error={errorOf("phone")} />
          <Alert tone="warning" className="mb-5">
            {t("form.feeNotice")}
          </Alert>
          <CheckboxField id="feeAccepted" name="feeAccepted" label={t("form.feeAccepted")} required defaultChecked={valueOf("feeAccepted") === "on"} error={errorOf("feeAccepted")} />
        </>
      ) : null}

      <FileField id="attachments" name="attachments" label={t("form.attachments")} hint={t("form.attachmentsHint")} multiple error={errorOf("attachments")} />

      <SubmitButton pendingLabel={t("form.sending")}>{t("form.submit")}</SubmitButton>
    </form>
  );
}
