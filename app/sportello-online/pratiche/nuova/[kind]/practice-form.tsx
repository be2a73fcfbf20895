"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryItemsFrom } from "@/components/ui/error-summary-items";
import { FileField } from "@/components/ui/file-field";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { occupancyTitles, supplyUseTypes } from "@/lib/practices/practice-fields";
import { initialPracticeFormState, type PracticeFormState } from "@/lib/practices/practice-form-state";
import { practiceFormLayouts, type PracticeFieldSpec } from "@/lib/practices/practice-form-layout";
import { documentRules, type OnlinePracticeKind } from "@/lib/practices/practice-kinds";

type PracticeFormProps = {
  kind: OnlinePracticeKind;
  idempotencyKey: string;
  /** The customer's supplies, value = supply code, labels already in the visitor's language. */
  supplies: SelectOption[];
  /** Starting values, such as the account's e-mail. */
  prefill: Record<string, string>;
  action: (previous: PracticeFormState, formData: FormData) => Promise<PracticeFormState>;
};

const optionValues = { services: ["water", "sewer", "waterAndSewer"], useType: supplyUseTypes, occupancyTitle: occupancyTitles } as const;

type PracticeKey = Parameters<ReturnType<typeof useTranslations<"practices">>>[0];

/** Renders the form of one practice kind from its layout. Errors come back from the server action with the values sent. */
export function PracticeForm({ kind, idempotencyKey, supplies, prefill, action }: PracticeFormProps) {
  const t = useTranslations("practices");
  const [state, formAction] = useActionState(action, initialPracticeFormState);
  const layout = practiceFormLayouts[kind];

  const text = (key: string): string => t(key as PracticeKey);
  const submitted = Object.keys(state.values).length > 0;
  const valueOf = (field: string): string => (submitted ? (state.values[field] ?? "") : (prefill[field] ?? ""));
  const errorOf = (field: string): string | undefined => {
    const fileError = state.fileErrors[field];
    if (fileError) return fileError;
    const key = state.fieldErrors[field];
    return key ? text(`fieldErrors.${key}`) : undefined;
  };

  const order = layout.flatMap((section) => ("documents" in section ? section.documents : section.fields.map((field) => field.name)));
  const summary = errorSummaryItemsFrom(Object.fromEntries(order.map((field) => [field, errorOf(field)])), order);
  const mustChooseFilesAgain = Object.keys(state.fileErrors).length > 0 || (summary.length > 0 && Object.keys(documentRules[kind]).length > 0);

  const needsOwnSupply = layout.some((section) => "fields" in section && section.fields.some((field) => field.control === "supplySelect"));
  if (needsOwnSupply && supplies.length === 0) return <Alert tone="warning">{t("form.noSupplies")}</Alert>;

  // Submitting through a transition skips React's automatic form reset, which would empty every
  // field after an error. Without JavaScript the form posts to the action all the same.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };

  const renderField = (field: PracticeFieldSpec) => {
    const common = {
      id: field.name,
      name: field.name,
      label: text(`fields.${field.name}`),
      hint: field.hint ? text(`hints.${field.hint}`) : undefined,
      required: field.required,
      error: errorOf(field.name),
    };

    switch (field.control) {
      case "select": {
        const group = field.options ?? "useType";
        const options = optionValues[group].map((value) => ({ value, label: text(`options.${group}.${value}`) }));
        return <SelectField key={field.name} {...common} options={options} placeholder={t("options.placeholder")} defaultValue={valueOf(field.name)} />;
      }
      case "supplySelect":
        return <SelectField key={field.name} {...common} options={supplies} placeholder={t("form.supplyPlaceholder")} defaultValue={valueOf(field.name)} />;
      case "checkbox":
        return <CheckboxField key={field.name} {...common} defaultChecked={valueOf(field.name) === "on"} />;
      case "textarea":
        return <TextareaField key={field.name} {...common} maxLength={2000} defaultValue={valueOf(field.name)} />;
      case "numeric":
        return <TextField key={field.name} {...common} inputMode="numeric" autoComplete={field.autoComplete} defaultValue={valueOf(field.name)} />;
      default:
        return <TextField key={field.name} {...common} type={field.control} autoComplete={field.autoComplete} defaultValue={valueOf(field.name)} />;
    }
  };

  return (
    <form action={formAction} onSubmit={submit} noValidate className="max-w-2xl" data-testid="practice-form">
      {state.formError ? (
        <Alert tone="error" live className="mb-6">
          {text(`errors.${state.formError}`)}
        </Alert>
      ) : null}
      <ErrorSummary errors={summary} />
      {mustChooseFilesAgain ? (
        <Alert tone="warning" className="mb-6">
          {t("errors.documentsChooseAgain")}
        </Alert>
      ) : null}

      <p className="mb-6 text-slate-700">{t("form.requiredNote")}</p>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />

      {layout.map((section) => (
        <fieldset key={section.key} className="mb-8">
          <legend className="mb-3 text-xl font-semibold text-slate-900">{text(`form.sections.${section.key}`)}</legend>
          {"documents" in section
            ? section.documents.map((documentKind) => {
                const rule = documentRules[kind][documentKind];
                return (
                  <FileField
                    key={documentKind}
                    id={documentKind}
                    name={documentKind}
                    label={text(`documents.${documentKind}.label`)}
                    hint={text(`documents.${documentKind}.hint`)}
                    required={rule?.required}
                    multiple={(rule?.maxFiles ?? 1) > 1}
                    error={errorOf(documentKind)}
                  />
                );
              })
            : [section.hint ? <p key="hint" className="mb-4 text-slate-700">{text(`hints.${section.hint}`)}</p> : null, ...section.fields.map(renderField)]}
        </fieldset>
      ))}

      <SubmitButton pendingLabel={t("form.sending")}>{t("form.submit")}</SubmitButton>
    </form>
  );
}
