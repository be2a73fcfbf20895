"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryItemsFrom } from "@/components/ui/error-summary-items";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialBonusFormState, type BonusFormState } from "@/lib/bonus/bonus-form-state";
import { cafApplicationFields, otherMemberSlots } from "@/lib/bonus/caf-application-schema";

type CafApplicationFormProps = {
  action: (previous: BonusFormState, formData: FormData) => Promise<BonusFormState>;
  /** Set for a new application: one key per form view, so a double submit files one application. */
  idempotencyKey?: string;
  /** Starting values, for a correction the application's current data. */
  prefill: Record<string, string>;
  submitLabel: string;
  competenceYears: number[];
};

/** Renders the CAF's bonus application form: applicant, residence, ISEE and DSU, household members and supply. */
export function CafApplicationForm({ action, idempotencyKey, prefill, submitLabel, competenceYears }: CafApplicationFormProps) {
  const t = useTranslations("caf");
  const [state, formAction] = useActionState(action, initialBonusFormState);

  const submitted = Object.keys(state.values).length > 0;
  const valueOf = (field: string) => (submitted ? (state.values[field] ?? "") : (prefill[field] ?? ""));
  const errorOf = (field: string) => {
    const key = state.fieldErrors[field];
    return key ? t(`fieldErrors.${key}`) : undefined;
  };
  const summary = errorSummaryItemsFrom(Object.fromEntries(cafApplicationFields.map((field) => [field, errorOf(field)])), cafApplicationFields);

  const text = (name: string, extra: { required?: boolean; hint?: string; autoComplete?: string; inputMode?: "decimal" | "numeric"; type?: string; className?: string } = {}) => (
    <TextField
      id={name}
      name={name}
      label={t(`form.${name.replace(/^member\d+/, "member")}`)}
      hint={extra.hint}
      required={extra.required}
      autoComplete={extra.autoComplete}
      inputMode={extra.inputMode}
      type={extra.type}
      className={extra.className}
      defaultValue={valueOf(name)}
      error={errorOf(name)}
    />
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };

  return (
    <form action={formAction} onSubmit={submit} noValidate className="max-w-3xl">
      {state.formError ? (
        <Alert tone="error" live className="mb-6">
          {t(`errors.${state.formError}`)}
        </Alert>
      ) : null}
      <ErrorSummary errors={summary} />
      {idempotencyKey ? <input type="hidden" name="idempotencyKey" value={idempotencyKey} /> : null}

      <fieldset className="mb-6">
        <legend className="mb-3 text-xl font-bold">{t("form.applicantLegend")}</legend>
        {text("applicantFamilyName", { required: true })}
        {text("applicantGivenName", { required: true })}
        {text("applicantFiscalCode", { required: true, hint: t("form.fiscalCodeHint") })}
      </fieldset>

      <fieldset className="mb-6">
        <legend className="mb-3 text-xl font-bold">{t("form.residenceLegend")}</legend>
        {text("street", { required: true, hint: t("form.streetHint") })}
        {text("houseNumber", { required: true, hint: t("form.houseNumberHint") })}
        {text("postalCode", { required: true, inputMode: "numeric" })}
      </fieldset>

      <fieldset className="mb-6">
        <legend className="mb-3 text-xl font-bold">{t("form.iseeLegend")}</legend>
        {text("iseeEuros", { required: true, inputMode: "decimal", hint: t("form.iseeHint") })}
        {text("dsuProtocol", { required: true, hint: t("form.dsuProtocolHint") })}
        {text("dsuDate", { required: true, type: "date" })}
        {text("dependentChildren", { inputMode: "numeric", hint: t("form.dependentChildrenHint") })}
        <SelectField
          id="competenceYear"
          name="competenceYear"
          label={t("form.competenceYear")}
          required
          options={competenceYears.map((year) => ({ value: String(year), label: String(year) }))}
          defaultValue={valueOf("competenceYear")}
          error={errorOf("competenceYear")}
        />
      </fieldset>

      <fieldset className="mb-6">
        <legend className="mb-1 text-xl font-bold">{t("form.membersLegend")}</legend>
        <p className="mb-3 text-slate-700">{t("form.membersHint")}</p>
        {Array.from({ length: otherMemberSlots }, (_, index) => index + 1).map((slot) => (
          <fieldset key={slot} className="mb-4 rounded-md border border-slate-300 p-3">
            <legend className="px-1 font-semibold">{t("form.memberLegend", { number: slot + 1 })}</legend>
            <div className="grid gap-x-4 sm:grid-cols-3">
              {text(`member${slot}FiscalCode`, { className: "mb-2" })}
              {text(`member${slot}FamilyName`, { className: "mb-2" })}
              {text(`member${slot}GivenName`, { className: "mb-2" })}
            </div>
          </fieldset>
        ))}
      </fieldset>

      <fieldset className="mb-6">
        <legend className="mb-3 text-xl font-bold">{t("form.supplyLegend")}</legend>
        <SelectField
          id="supplyKind"
          name="supplyKind"
          label={t("form.supplyKind")}
          hint={t("form.supplyKindHint")}
          required
          placeholder={t("form.supplyKindPlaceholder")}
          options={[
            { value: "direct", label: t("form.direct") },
            { value: "indirect", label: t("form.indirect") },
          ]}
          defaultValue={valueOf("supplyKind")}
          error={errorOf("supplyKind")}
        />
        {text("supplyCode", { inputMode: "numeric", hint: t("form.supplyCodeHint") })}
        {text("dwelling", { hint: t("form.dwellingHint") })}
      </fieldset>

      <SubmitButton pendingLabel={t("form.sending")}>{submitLabel}</SubmitButton>
    </form>
  );
}
