"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { CheckboxField } from "@/components/ui/checkbox-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryItemsFrom } from "@/components/ui/error-summary-items";
import { FieldError } from "@/components/ui/field-parts";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialCensusFormState, type CensusFormState } from "@/lib/census/census-form-state";

type CampaignFormProps = {
  buildings: Array<{ id: string; code: string; name: string }>;
  defaults: Record<string, string>;
  action: (previous: CensusFormState, formData: FormData) => Promise<CensusFormState>;
};

const fields = ["code", "name", "opensOn", "closesOn", "rentEffectiveFrom", "buildingIds"] as const;

/** Opens a census campaign for the buildings ticked. */
export function CampaignForm({ buildings, defaults, action }: CampaignFormProps) {
  const t = useTranslations("census");
  const [state, formAction] = useActionState(action, initialCensusFormState);

  const submitted = Object.keys(state.fields).length > 0;
  const valueOf = (field: string) => (submitted ? (state.fields[field] ?? "") : (defaults[field] ?? ""));
  const errorOf = (field: string) => (state.fieldErrors[field] ? t(`campaignErrors.${state.fieldErrors[field]}`) : undefined);
  const summary = errorSummaryItemsFrom(Object.fromEntries(fields.map((field) => [field, errorOf(field)])), fields);
  const chosen = new Set(valueOf("buildingIds").split(",").filter(Boolean));

  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <ErrorSummary errors={summary} />
      <TextField id="code" name="code" label={t("campaign.code")} hint={t("campaign.codeHint")} required dir="ltr" defaultValue={valueOf("code")} error={errorOf("code")} />
      <TextField id="name" name="name" label={t("campaign.name")} required defaultValue={valueOf("name")} error={errorOf("name")} />
      <div className="grid gap-x-4 sm:grid-cols-3">
        <TextField id="opensOn" name="opensOn" type="date" label={t("campaign.opensOn")} required defaultValue={valueOf("opensOn")} error={errorOf("opensOn")} />
        <TextField id="closesOn" name="closesOn" type="date" label={t("campaign.closesOn")} required defaultValue={valueOf("closesOn")} error={errorOf("closesOn")} />
        <TextField id="rentEffectiveFrom" name="rentEffectiveFrom" type="date" label={t("campaign.rentEffectiveFrom")} required defaultValue={valueOf("rentEffectiveFrom")} error={errorOf("rentEffectiveFrom")} />
      </div>
      <fieldset id="buildingIds" tabIndex={-1} className="mb-6" aria-describedby={errorOf("buildingIds") ? "buildingIds-error" : undefined}>
        <legend className="mb-2 font-semibold">{t("campaign.buildings")}</legend>
        {errorOf("buildingIds") ? <FieldError id="buildingIds">{errorOf("buildingIds")}</FieldError> : null}
        {buildings.map((building) => (
          <CheckboxField key={building.id} id={`building-${building.id}`} name="buildingIds" value={building.id} label={`${building.code} · ${building.name}`} defaultChecked={chosen.has(building.id)} className="mb-2" />
        ))}
      </fieldset>
      <SubmitButton pendingLabel={t("campaign.pending")}>{t("campaign.submit")}</SubmitButton>
    </form>
  );
}
