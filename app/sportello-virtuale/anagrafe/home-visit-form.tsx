"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryItemsFrom } from "@/components/ui/error-summary-items";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { initialCensusFormState, type CensusFormState } from "@/lib/census/census-form-state";

type HomeVisitFormProps = {
  declarationId: string;
  phone: string;
  action: (previous: CensusFormState, formData: FormData) => Promise<CensusFormState>;
};

const fields = ["preferredDate", "reason", "phone"] as const;

/** Asks for a home visit in place of filling in the declaration online. */
export function HomeVisitForm({ declarationId, phone, action }: HomeVisitFormProps) {
  const t = useTranslations("census");
  const [state, formAction] = useActionState(action, initialCensusFormState);

  const errorOf = (field: string) => (state.fieldErrors[field] ? t(`fieldErrors.${state.fieldErrors[field]}`) : undefined);
  const valueOf = (field: string, fallback = "") => state.fields[field] ?? fallback;
  const summary = errorSummaryItemsFrom(Object.fromEntries(fields.map((field) => [field, errorOf(field)])), fields, (field) => (field === "phone" ? "homeVisitPhone" : field));

  return (
    <form action={formAction} noValidate className="max-w-xl">
      {state.formError ? (
        <Alert tone="error" live className="mb-4">
          {t(`errors.${state.formError}`)}
        </Alert>
      ) : null}
      <ErrorSummary errors={summary} />
      <input type="hidden" name="declarationId" value={declarationId} />
      <TextField id="preferredDate" name="preferredDate" type="date" label={t("homeVisit.preferredDate")} hint={t("homeVisit.preferredDateHint")} required defaultValue={valueOf("preferredDate")} error={errorOf("preferredDate")} />
      <TextareaField id="reason" name="reason" label={t("homeVisit.reason")} hint={t("homeVisit.reasonHint")} required rows={3} maxLength={1000} defaultValue={valueOf("reason")} error={errorOf("reason")} />
      <TextField id="homeVisitPhone" name="phone" type="tel" label={t("homeVisit.phone")} required autoComplete="tel" dir="ltr" defaultValue={valueOf("phone", phone)} error={errorOf("phone")} />
      <SubmitButton variant="secondary" pendingLabel={t("homeVisit.pending")}>
        {t("homeVisit.submit")}
      </SubmitButton>
    </form>
  );
}
