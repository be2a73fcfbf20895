"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldError } from "@/components/ui/field-parts";
import { FileField } from "@/components/ui/file-field";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { initialCensusFormState, type CensusFormState } from "@/lib/census/census-form-state";
import { employmentKinds, MAX_MEMBERS, memberFieldId, memberFields, relationships, type DeclarationValues, type MemberValues } from "@/lib/census/declaration-form";

type DeclarationFormProps = {
  declarationId: string;
  initialValues: DeclarationValues;
  hasAttestation: boolean;
  action: (previous: CensusFormState, formData: FormData) => Promise<CensusFormState>;
};

const blankMember: MemberValues = { givenName: "", familyName: "", fiscalCode: "", birthDate: "", relationship: "", citizenship: "", employment: "", yearlyIncome: "", disability: "", dependent: "" };

const topFields = ["residesInDwelling", "residenceNote", "iseeErp", "dsuProtocol", "dsuDate", "attestation", "phone", "email"] as const;

/**
 * Renders the census declaration: household members (one extra empty row adds a member), residence,
 * ISEE-ERP with DSU and attestation, and contacts. "Save draft" keeps what is typed without
 * checks; "Submit" checks everything on the server and reports each problem next to its field.
 */
export function DeclarationForm({ declarationId, initialValues, hasAttestation, action }: DeclarationFormProps) {
  const t = useTranslations("census");
  const [state, formAction] = useActionState(action, initialCensusFormState);

  const values = state.values ?? initialValues;
  const rows = values.members.length < MAX_MEMBERS ? [...values.members, blankMember] : values.members;
  const errorOf = (field: string): string | undefined => (state.fieldErrors[field] ? t(`fieldErrors.${state.fieldErrors[field]}`) : undefined);

  const order = [...rows.flatMap((_, index) => memberFields.map((field) => memberFieldId(index, field))), ...topFields];
  const summary = order.flatMap((fieldId) => {
    const message = fieldId === "attestation" && state.uploadError ? state.uploadError : errorOf(fieldId);
    return message ? [{ fieldId, message }] : [];
  });

  // The submitter's name and value (draft or submit) travel with the data, as in a plain post.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(data));
  };

  return (
    <form action={formAction} onSubmit={submit} noValidate encType="multipart/form-data" className="max-w-3xl">
      {state.formError ? (
        <Alert tone="error" live className="mb-6">
          {t(`errors.${state.formError}`)}
        </Alert>
      ) : null}
      <ErrorSummary errors={summary} />
      <input type="hidden" name="declarationId" value={declarationId} />

      <section aria-labelledby="members-heading" className="mb-8">
        <h2 id="members-heading" className="mb-2 text-xl font-semibold">
          {t("form.membersHeading")}
        </h2>
        <p className="mb-4 text-slate-700">{t("form.membersHint")}</p>
        {values.members.length >= MAX_MEMBERS ? (
          <Alert tone="info" className="mb-4">
            {t("form.membersLimit", { max: MAX_MEMBERS })}
          </Alert>
        ) : null}
        {rows.map((member, index) => {
          const isNew = index >= values.members.length;
          const id = (field: (typeof memberFields)[number]) => memberFieldId(index, field);
          return (
            <fieldset key={index} className="mb-6 rounded-lg border border-slate-300 bg-white p-4">
              <legend className="px-1 font-semibold">{isNew ? t("form.newMember") : t("form.member", { number: index + 1 })}</legend>
              <div className="grid gap-x-4 sm:grid-cols-2">
                <TextField id={id("givenName")} name={id("givenName")} label={t("form.givenName")} autoComplete="off" defaultValue={member.givenName} error={errorOf(id("givenName"))} />
                <TextField id={id("familyName")} name={id("familyName")} label={t("form.familyName")} autoComplete="off" defaultValue={member.familyName} error={errorOf(id("familyName"))} />
                <TextField id={id("fiscalCode")} name={id("fiscalCode")} label={t("form.fiscalCode")} hint={t("form.fiscalCodeHint")} maxLength={16} autoCapitalize="characters" dir="ltr" defaultValue={member.fiscalCode} error={errorOf(id("fiscalCode"))} />
                <TextField id={id("birthDate")} name={id("birthDate")} type="date" label={t("form.birthDate")} defaultValue={member.birthDate} error={errorOf(id("birthDate"))} />
                <SelectField
                  id={id("relationship")}
                  name={id("relationship")}
                  label={t("form.relationship")}
                  placeholder={t("form.choose")}
                  options={relationships.map((value) => ({ value, label: t(`relationships.${value}`) }))}
                  defaultValue={member.relationship}
                  error={errorOf(id("relationship"))}
                />
                <TextField id={id("citizenship")} name={id("citizenship")} label={t("form.citizenship")} hint={t("form.citizenshipHint")} maxLength={2} autoCapitalize="characters" dir="ltr" defaultValue={member.citizenship} error={errorOf(id("citizenship"))} />
                <SelectField
                  id={id("employment")}
                  name={id("employment")}
                  label={t("form.employment")}
                  placeholder={t("form.choose")}
                  options={employmentKinds.map((value) => ({ value, label: t(`employment.${value}`) }))}
                  defaultValue={member.employment}
                  error={errorOf(id("employment"))}
                />
                <TextField id={id("yearlyIncome")} name={id("yearlyIncome")} label={t("form.yearlyIncome")} hint={t("form.yearlyIncomeHint")} inputMode="decimal" defaultValue={member.yearlyIncome} error={errorOf(id("yearlyIncome"))} />
              </div>
              <CheckboxField id={id("disability")} name={id("disability")} label={t("form.disability")} defaultChecked={member.disability === "on"} />
              <CheckboxField id={id("dependent")} name={id("dependent")} label={t("form.dependent")} defaultChecked={member.dependent === "on"} />
              {!isNew ? <CheckboxField id={`member-${index}-remove`} name={`member-${index}-remove`} label={t("form.removeMember")} /> : null}
            </fieldset>
          );
        })}
      </section>

      <section aria-labelledby="residence-heading" className="mb-8">
        <h2 id="residence-heading" className="mb-2 text-xl font-semibold">
          {t("form.residenceHeading")}
        </h2>
        <fieldset id="residesInDwelling" tabIndex={-1} className="mb-4" aria-describedby={errorOf("residesInDwelling") ? "residesInDwelling-error" : undefined}>
          <legend className="mb-2 font-semibold">{t("form.residesInDwelling")}</legend>
          {errorOf("residesInDwelling") ? <FieldError id="residesInDwelling">{errorOf("residesInDwelling")}</FieldError> : null}
          {(["yes", "no"] as const).map((option) => (
            <label key={option} className="me-6 inline-flex min-h-11 items-center gap-2">
              <input type="radio" name="residesInDwelling" value={option} defaultChecked={values.residesInDwelling === option} className="size-5" />
              {t(`form.${option}`)}
            </label>
          ))}
        </fieldset>
        <TextareaField id="residenceNote" name="residenceNote" label={t("form.residenceNote")} hint={t("form.residenceNoteHint")} rows={3} maxLength={1000} defaultValue={values.residenceNote} error={errorOf("residenceNote")} />
      </section>

      <section aria-labelledby="isee-heading" className="mb-8">
        <h2 id="isee-heading" className="mb-2 text-xl font-semibold">
          {t("form.iseeHeading")}
        </h2>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField id="iseeErp" name="iseeErp" label={t("form.iseeErp")} hint={t("form.iseeErpHint")} inputMode="decimal" defaultValue={values.iseeErp} error={errorOf("iseeErp")} />
          <TextField id="dsuProtocol" name="dsuProtocol" label={t("form.dsuProtocol")} hint={t("form.dsuProtocolHint")} dir="ltr" defaultValue={values.dsuProtocol} error={errorOf("dsuProtocol")} />
          <TextField id="dsuDate" name="dsuDate" type="date" label={t("form.dsuDate")} defaultValue={values.dsuDate} error={errorOf("dsuDate")} />
        </div>
        <FileField
          id="attestation"
          name="attestation"
          label={t("form.attestation")}
          hint={hasAttestation ? t("form.attestationHintUploaded") : t("form.attestationHint")}
          kinds={["pdf"]}
          error={state.uploadError ?? errorOf("attestation")}
        />
      </section>

      <section aria-labelledby="contacts-heading" className="mb-8">
        <h2 id="contacts-heading" className="mb-2 text-xl font-semibold">
          {t("form.contactsHeading")}
        </h2>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField id="phone" name="phone" type="tel" label={t("form.phone")} autoComplete="tel" dir="ltr" defaultValue={values.phone} error={errorOf("phone")} />
          <TextField id="email" name="email" type="email" label={t("form.email")} autoComplete="email" dir="ltr" defaultValue={values.email} error={errorOf("email")} />
        </div>
      </section>

      <div className="flex flex-wrap gap-4">
        <Button type="submit" name="intent" value="draft" variant="secondary">
          {t("form.saveDraft")}
        </Button>
        <Button type="submit" name="intent" value="submit">
          {t("form.submit")}
        </Button>
      </div>
    </form>
  );
}
