"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { Alert } from "@/components/ui/alert";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryItemsFrom } from "@/components/ui/error-summary-items";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialAdminFormState } from "@/lib/charter/admin/admin-form-state";
import { updateCategoryAction } from "@/lib/charter/admin/charter-admin-actions";

const fields = ["labelIt", "labelEn", "labelAr", "nature", "serviceStandardCode", "active"] as const;

type CategoryFormProps = {
  categoryId: string;
  defaults: Record<(typeof fields)[number], string>;
  natures: readonly SelectOption[];
  standards: readonly SelectOption[];
};

/** Renders the edit form of a ticket category, kept as typed after an error. */
export function CategoryForm({ categoryId, defaults, natures, standards }: CategoryFormProps) {
  const t = useTranslations("backofficeAdmin");
  const tForms = useTranslations("common.forms");
  const [state, formAction] = useActionState(updateCategoryAction, initialAdminFormState);

  const submitted = Object.keys(state.values).length > 0;
  const valueOf = (field: (typeof fields)[number]) => (submitted ? (state.values[field] ?? "") : defaults[field]);
  const messages = Object.fromEntries(Object.entries(state.fieldErrors).map(([field, key]) => [field, t(`errors.${key}` as Parameters<typeof t>[0])]));

  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <ErrorSummary errors={errorSummaryItemsFrom(messages, fields, (field) => `category-${field}`)} />
      {state.formError ? (
        <Alert tone="error" live className="mb-4">
          {t(`errors.${state.formError}` as Parameters<typeof t>[0])}
        </Alert>
      ) : null}
      <input type="hidden" name="categoryId" value={categoryId} />
      <TextField id="category-labelIt" name="labelIt" label={t("category.fields.labelIt")} required maxLength={120} defaultValue={valueOf("labelIt")} error={messages.labelIt} />
      <TextField id="category-labelEn" name="labelEn" lang="en" label={t("category.fields.labelEn")} required maxLength={120} defaultValue={valueOf("labelEn")} error={messages.labelEn} />
      <TextField id="category-labelAr" name="labelAr" lang="ar" dir="rtl" label={t("category.fields.labelAr")} required maxLength={120} defaultValue={valueOf("labelAr")} error={messages.labelAr} />
      {/* React resets the form after the action; keys with the kept values remount the selects and the checkbox so the reset restores them. */}
      <SelectField key={`category-nature-${valueOf("nature")}`} id="category-nature" name="nature" label={t("category.fields.nature")} options={natures} required defaultValue={valueOf("nature")} error={messages.nature} />
      <SelectField
        key={`category-standard-${valueOf("serviceStandardCode")}`}
        id="category-serviceStandardCode"
        name="serviceStandardCode"
        label={t("category.fields.standard")}
        hint={t("category.fields.standardHint")}
        placeholder={t("category.fields.noStandard")}
        options={standards}
        defaultValue={valueOf("serviceStandardCode")}
        error={messages.serviceStandardCode}
      />
      <CheckboxField key={`category-active-${valueOf("active")}`} id="category-active" name="active" label={t("category.fields.active")} hint={t("category.fields.activeHint")} defaultChecked={valueOf("active") === "on"} error={messages.active} />
      <SubmitButton pendingLabel={tForms("sending")}>{t("category.submit")}</SubmitButton>
    </form>
  );
}
