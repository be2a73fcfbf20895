"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryItemsFrom } from "@/components/ui/error-summary-items";
import { FileField } from "@/components/ui/file-field";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { householdChangeFields, householdChangeKinds, newMemberRelationships } from "@/lib/household/household-change-schemas";
import { initialReportFormState, type ReportFormState } from "@/lib/reports/report-form-state";

type HouseholdChangeFormProps = {
  idempotencyKey: string;
  /** Current members other than the contract holder, who may move out or be reported deceased. */
  members: SelectOption[];
  action: (previous: ReportFormState, formData: FormData) => Promise<ReportFormState>;
};

/** Requests a change to the household with its documents. The fields follow the kind of change chosen. */
export function HouseholdChangeForm({ idempotencyKey, members, action }: HouseholdChangeFormProps) {
  const t = useTranslations("household.changes");
  const tKinds = useTranslations("household.kinds");
  const tRelationships = useTranslations("tenant.relationships");
  const [state, formAction] = useActionState(action, initialReportFormState);
  const [change, setChange] = useState(state.values.change ?? "");

  const valueOf = (field: string) => state.values[field] ?? "";
  const errorOf = (field: string) => {
    const key = state.fieldErrors[field];
    return key ? t(`fieldErrors.${key}`) : undefined;
  };
  const fields = [...householdChangeFields, "documents"];
  const summary = errorSummaryItemsFrom(Object.fromEntries(fields.map((field) => [field, field === "documents" ? (state.uploadError ?? undefined) : errorOf(field)])), fields);

  const joining = change === "moveIn" || change === "birth";
  const leaving = change === "moveOut" || change === "death";

  // Submitting through a transition skips React's automatic form reset, so the chosen change stays after an error.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };

  return (
    <form action={formAction} onSubmit={submit} noValidate className="max-w-2xl" data-testid="household-change-form">
      {state.formError ? (
        <Alert tone="error" live className="mb-6">
          {t(`errors.${state.formError}`)}
        </Alert>
      ) : null}
      <ErrorSummary errors={summary} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />

      <SelectField
        id="change"
        name="change"
        label={t("change")}
        required
        options={householdChangeKinds.map((kind) => ({ value: kind, label: tKinds(kind) }))}
        placeholder={t("changePlaceholder")}
        defaultValue={valueOf("change")}
        onChange={(event) => setChange(event.target.value)}
        error={errorOf("change")}
      />

      <TextField id="effectiveOn" name="effectiveOn" type="date" label={t("effectiveOn")} hint={t("effectiveOnHint")} required defaultValue={valueOf("effectiveOn")} error={errorOf("effectiveOn")} />

      {leaving ? (
        members.length === 0 ? (
          <Alert tone="info" className="mb-5">
            {t("noMembersToRemove")}
          </Alert>
        ) : (
          <SelectField id="memberId" name="memberId" label={t("member")} required options={members} placeholder={t("memberPlaceholder")} defaultValue={valueOf("memberId")} error={errorOf("memberId")} />
        )
      ) : null}

      {joining ? (
        <>
          <TextField id="givenName" name="givenName" label={t("givenName")} required autoComplete="off" defaultValue={valueOf("givenName")} error={errorOf("givenName")} />
          <TextField id="familyName" name="familyName" label={t("familyName")} required autoComplete="off" defaultValue={valueOf("familyName")} error={errorOf("familyName")} />
          <TextField id="fiscalCode" name="fiscalCode" label={t("fiscalCode")} hint={t("fiscalCodeHint")} required maxLength={16} autoCapitalize="characters" defaultValue={valueOf("fiscalCode")} error={errorOf("fiscalCode")} />
          <TextField id="birthDate" name="birthDate" type="date" label={t("birthDate")} required defaultValue={valueOf("birthDate")} error={errorOf("birthDate")} />
          <SelectField
            id="relationship"
            name="relationship"
            label={t("relationship")}
            required
            options={newMemberRelationships.map((relationship) => ({ value: relationship, label: tRelationships(relationship) }))}
            placeholder={t("relationshipPlaceholder")}
            defaultValue={valueOf("relationship") || (change === "birth" ? "child" : "")}
            error={errorOf("relationship")}
          />
        </>
      ) : null}

      <TextareaField id="note" name="note" label={t("note")} hint={t("noteHint")} maxLength={2000} rows={3} defaultValue={valueOf("note")} error={errorOf("note")} />

      <FileField id="documents" name="documents" label={t("documents")} hint={t("documentsHint")} kinds={["pdf", "jpeg", "png"]} multiple required error={state.uploadError ?? undefined} />

      <SubmitButton pendingLabel={t("sending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
