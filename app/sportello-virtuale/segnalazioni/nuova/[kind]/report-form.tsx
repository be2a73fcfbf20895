"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryItemsFrom } from "@/components/ui/error-summary-items";
import { errorIdOf, FieldError } from "@/components/ui/field-parts";
import { FileField } from "@/components/ui/file-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import type { ReportFormData } from "@/lib/reports/find-report-form-data";
import { initialReportFormState, type ReportFormState } from "@/lib/reports/report-form-state";
import { contactTimes, reportPlaces, type ReportKind } from "@/lib/reports/report-kinds";
import { reportFields } from "@/lib/reports/report-schemas";

type ReportFormProps = {
  kind: ReportKind;
  idempotencyKey: string;
  data: ReportFormData;
  /** True for a caretaker, who picks one of their buildings and reports on common areas. */
  asCaretaker: boolean;
  action: (previous: ReportFormState, formData: FormData) => Promise<ReportFormState>;
};

/** Renders one report form. Errors come back from the server action with the values sent, which the form shows again. */
export function ReportForm({ kind, idempotencyKey, data, asCaretaker, action }: ReportFormProps) {
  const t = useTranslations("reports");
  const tForms = useTranslations("common.forms");
  const [state, formAction] = useActionState(action, initialReportFormState);

  const submitted = Object.keys(state.values).length > 0;
  const defaultPlace = asCaretaker || kind === "occupazione-abusiva" ? "commonArea" : "dwelling";
  const valueOf = (field: string, fallback = ""): string => (submitted ? (state.values[field] ?? "") : fallback);
  const errorOf = (field: string): string | undefined => {
    const key = state.fieldErrors[field];
    return key ? t(`fieldErrors.${key}`) : undefined;
  };

  const fields = [...reportFields[kind], "photos"];
  const messages = Object.fromEntries(fields.map((field) => [field, field === "photos" ? (state.uploadError ?? undefined) : errorOf(field)]));
  const summary = errorSummaryItemsFrom(messages, fields);

  const hasCategory = kind !== "occupazione-abusiva";
  const hasPlace = kind !== "amministrativa" && !(asCaretaker && kind !== "occupazione-abusiva");
  const hasContact = kind !== "occupazione-abusiva";
  const dwelling = data.dwelling;
  const dwellingLabel = dwelling
    ? t("form.dwellingLabel", { address: dwelling.address, staircase: dwelling.staircase ?? "-", floor: dwelling.floor, unit: dwelling.unit })
    : "";

  // Submitting through a transition skips React's automatic form reset, which would clear the
  // selects after an error. Without JavaScript the form posts to the action.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };

  const placeError = errorOf("place");

  return (
    <form action={formAction} onSubmit={submit} noValidate className="max-w-2xl" data-testid="report-form">
      {state.formError ? (
        <Alert tone="error" live className="mb-6">
          {t(`errors.${state.formError}`)}
        </Alert>
      ) : null}
      <ErrorSummary errors={summary} />

      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />

      {asCaretaker ? (
        <SelectField
          id="buildingId"
          name="buildingId"
          label={t("form.building")}
          required
          options={data.buildings}
          placeholder={t("form.buildingPlaceholder")}
          defaultValue={valueOf("buildingId", data.buildings.length === 1 ? (data.buildings[0]?.value ?? "") : "")}
          error={errorOf("buildingId")}
        />
      ) : (
        <p className="mb-5" data-testid="report-dwelling">
          <span className="font-semibold">{t("form.yourDwelling")}</span> {dwellingLabel}
        </p>
      )}

      {hasCategory ? (
        <SelectField
          id="categoryId"
          name="categoryId"
          label={kind === "emergenza" ? t("form.emergencyKind") : t("form.category")}
          required
          options={data.categories}
          placeholder={t("form.categoryPlaceholder")}
          defaultValue={valueOf("categoryId")}
          error={errorOf("categoryId")}
        />
      ) : null}

      {hasPlace ? (
        <fieldset className="mb-5" aria-describedby={placeError ? errorIdOf("place") : undefined}>
          <legend className="font-semibold text-slate-900">
            {t("form.place")}
            <span className="ms-1 text-sm font-normal text-slate-700">({tForms("required")})</span>
          </legend>
          {placeError ? <FieldError id="place">{placeError}</FieldError> : null}
          {reportPlaces.map((place, index) => (
            <label key={place} className="flex min-h-11 items-center gap-2">
              <input
                id={index === 0 ? "place" : `place-${place}`}
                type="radio"
                name="place"
                value={place}
                required
                defaultChecked={valueOf("place", defaultPlace) === place}
                className="size-5"
              />
              {kind === "occupazione-abusiva" ? t(`places.occupation.${place}`) : t(`places.${place}`)}
            </label>
          ))}
        </fieldset>
      ) : (
        <input type="hidden" name="place" value={kind === "amministrativa" ? "dwelling" : "commonArea"} />
      )}

      {kind !== "amministrativa" ? (
        <TextField
          id="placeDetail"
          name="placeDetail"
          label={kind === "occupazione-abusiva" ? t("form.occupiedWhere") : t("form.placeDetail")}
          hint={kind === "occupazione-abusiva" ? t("form.occupiedWhereHint") : t("form.placeDetailHint")}
          required={kind === "occupazione-abusiva"}
          maxLength={200}
          defaultValue={valueOf("placeDetail")}
          error={errorOf("placeDetail")}
        />
      ) : null}

      {kind === "occupazione-abusiva" ? (
        <TextField
          id="occupiedSince"
          name="occupiedSince"
          label={t("form.occupiedSince")}
          hint={t("form.occupiedSinceHint")}
          maxLength={100}
          defaultValue={valueOf("occupiedSince")}
          error={errorOf("occupiedSince")}
        />
      ) : null}

      <TextareaField
        id="description"
        name="description"
        label={t("form.description")}
        hint={t("form.descriptionHint")}
        required
        maxLength={4000}
        defaultValue={valueOf("description")}
        error={errorOf("description")}
      />

      {hasContact ? (
        <>
          <SelectField
            id="contactTime"
            name="contactTime"
            label={t("form.contactTime")}
            required
            options={contactTimes.map((time) => ({ value: time, label: t(`contactTimes.${time}`) }))}
            placeholder={t("form.contactTimePlaceholder")}
            defaultValue={valueOf("contactTime")}
            error={errorOf("contactTime")}
          />
          <TextField
            id="contactPhone"
            name="contactPhone"
            type="tel"
            label={t("form.contactPhone")}
            hint={kind === "emergenza" ? t("form.contactPhoneEmergencyHint") : t("form.contactPhoneHint")}
            required={kind === "emergenza"}
            autoComplete="tel"
            defaultValue={valueOf("contactPhone")}
            error={errorOf("contactPhone")}
          />
        </>
      ) : null}

      <FileField id="photos" name="photos" label={t("form.photos")} hint={t("form.photosHint")} kinds={["jpeg", "png", "pdf"]} multiple error={state.uploadError ?? undefined} />

      <SubmitButton pendingLabel={t("form.sending")}>{kind === "emergenza" ? t("form.submitEmergency") : t("form.submit")}</SubmitButton>
    </form>
  );
}
