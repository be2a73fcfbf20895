"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryItemsFrom } from "@/components/ui/error-summary-items";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { contactFields } from "@/lib/household/contact-schemas";
import { initialReportFormState, type ReportFormState } from "@/lib/reports/report-form-state";

type ContactFormProps = {
  current: Record<string, string>;
  action: (previous: ReportFormState, formData: FormData) => Promise<ReportFormState>;
};

/** The tenant's phone, contact e-mail and correspondence address, saved directly. */
export function ContactForm({ current, action }: ContactFormProps) {
  const t = useTranslations("household.contacts");
  const [state, formAction] = useActionState(action, initialReportFormState);

  const submitted = Object.keys(state.values).length > 0;
  const valueOf = (field: string) => (submitted ? state.values[field] : current[field]) ?? "";
  const errorOf = (field: string) => {
    const key = state.fieldErrors[field];
    return key ? t(`fieldErrors.${key}`) : undefined;
  };
  const summary = errorSummaryItemsFrom(Object.fromEntries(contactFields.map((field) => [field, errorOf(field)])), contactFields);

  return (
    <form action={formAction} noValidate className="max-w-2xl" data-testid="contact-form">
      {state.formError ? (
        <Alert tone="error" live className="mb-6">
          {t(`errors.${state.formError}`)}
        </Alert>
      ) : null}
      <ErrorSummary errors={summary} />
      <p className="mb-5">{t("emailNotice")}</p>

      <TextField id="phone" name="phone" type="tel" label={t("phone")} hint={t("phoneHint")} autoComplete="tel" defaultValue={valueOf("phone")} error={errorOf("phone")} />
      <TextField id="email" name="email" type="email" label={t("email")} hint={t("emailHint")} autoComplete="email" defaultValue={valueOf("email")} error={errorOf("email")} />

      <fieldset className="mb-5">
        <legend className="mb-2 text-lg font-semibold text-slate-900">{t("addressTitle")}</legend>
        <p className="mb-3 text-sm text-slate-700">{t("addressHint")}</p>
        <TextField id="street" name="street" label={t("street")} autoComplete="address-line1" defaultValue={valueOf("street")} error={errorOf("street")} />
        <TextField id="houseNumber" name="houseNumber" label={t("houseNumber")} defaultValue={valueOf("houseNumber")} error={errorOf("houseNumber")} />
        <TextField id="postalCode" name="postalCode" label={t("postalCode")} inputMode="numeric" autoComplete="postal-code" maxLength={5} defaultValue={valueOf("postalCode")} error={errorOf("postalCode")} />
        <TextField id="city" name="city" label={t("city")} autoComplete="address-level2" defaultValue={valueOf("city")} error={errorOf("city")} />
        <TextField id="province" name="province" label={t("province")} hint={t("provinceHint")} maxLength={2} defaultValue={valueOf("province")} error={errorOf("province")} />
      </fieldset>

      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
