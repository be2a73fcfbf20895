"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryItemsFrom } from "@/components/ui/error-summary-items";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { Alert } from "@/components/ui/alert";
import { initialAdminFormState } from "@/lib/charter/admin/admin-form-state";
import { createStandardVersionAction } from "@/lib/charter/admin/charter-admin-actions";

const fields = ["name", "limitValue", "unit", "indemnityEuro", "effectiveFrom", "source"] as const;

type StandardVersionFormProps = {
  baseId: string;
  /** The base version's values, which the new version starts from. */
  defaults: Record<(typeof fields)[number], string>;
  units: readonly string[];
};

/** Renders the form of a new standard version, prefilled with the current one and kept as typed after an error. */
export function StandardVersionForm({ baseId, defaults, units }: StandardVersionFormProps) {
  const t = useTranslations("backofficeAdmin");
  const tForms = useTranslations("common.forms");
  const [state, formAction] = useActionState(createStandardVersionAction, initialAdminFormState);

  const valueOf = (field: (typeof fields)[number]) => state.values[field] ?? defaults[field];
  const messages = Object.fromEntries(Object.entries(state.fieldErrors).map(([field, key]) => [field, t(`errors.${key}` as Parameters<typeof t>[0])]));
  const errorOf = (field: string) => messages[field];

  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <ErrorSummary errors={errorSummaryItemsFrom(messages, fields, (field) => `version-${field}`)} />
      {state.formError ? (
        <Alert tone="error" live className="mb-4">
          {t(`errors.${state.formError}` as Parameters<typeof t>[0])}
        </Alert>
      ) : null}
      <input type="hidden" name="baseId" value={baseId} />
      <TextField id="version-name" name="name" label={t("version.fields.name")} required maxLength={200} defaultValue={valueOf("name")} error={errorOf("name")} />
      <TextField id="version-limitValue" name="limitValue" type="number" inputMode="numeric" min={1} label={t("version.fields.limitValue")} required defaultValue={valueOf("limitValue")} error={errorOf("limitValue")} />
      <SelectField
        // React resets the form after the action; remounting with the kept value makes the reset restore it.
        key={`version-unit-${valueOf("unit")}`}
        id="version-unit"
        name="unit"
        label={t("version.fields.unit")}
        options={units.map((unit) => ({ value: unit, label: t(`unitNames.${unit}` as Parameters<typeof t>[0]) }))}
        required
        defaultValue={valueOf("unit")}
        error={errorOf("unit")}
      />
      <TextField id="version-indemnityEuro" name="indemnityEuro" inputMode="decimal" label={t("version.fields.indemnityEuro")} hint={t("version.fields.indemnityHint")} defaultValue={valueOf("indemnityEuro")} error={errorOf("indemnityEuro")} />
      <TextField id="version-effectiveFrom" name="effectiveFrom" type="date" label={t("version.fields.effectiveFrom")} hint={t("version.fields.effectiveFromHint")} required defaultValue={valueOf("effectiveFrom")} error={errorOf("effectiveFrom")} />
      <TextareaField id="version-source" name="source" label={t("version.fields.source")} hint={t("version.fields.sourceHint")} rows={2} required maxLength={500} defaultValue={valueOf("source")} error={errorOf("source")} />
      <SubmitButton pendingLabel={tForms("sending")}>{t("version.submit")}</SubmitButton>
    </form>
  );
}
