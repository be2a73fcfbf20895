"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useId, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryItemsFrom } from "@/components/ui/error-summary-items";
import { controlClassName, describedByOf, FieldFrame } from "@/components/ui/field-parts";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { initialBonusFormState, type BonusFormState } from "@/lib/bonus/bonus-form-state";

/** One input of a review form, with its label already translated by the page. */
export type ReviewField = {
  name: string;
  label: string;
  kind: "text" | "date" | "datetime" | "select" | "textarea" | "photos";
  hint?: string;
  required?: boolean;
  options?: SelectOption[];
  placeholder?: string;
  defaultValue?: string;
};

type ReviewFormProps = {
  /** Heading of the form's section; also names the form for assistive technology. */
  title: string;
  description?: string;
  submitLabel: string;
  /** Values sent as hidden inputs, such as the application's version. */
  hidden: Record<string, string>;
  fields: readonly ReviewField[];
  action: (previous: BonusFormState, formData: FormData) => Promise<BonusFormState>;
  variant?: "primary" | "secondary" | "danger";
};

/**
 * Renders one back-office step on a bonus application (decide, schedule an inspection...) as a
 * form posting to its server action. Field errors come back as keys under `bonus.fieldErrors`,
 * except the photo problem, which the upload library words itself.
 */
export function ReviewForm({ title, description, submitLabel, hidden, fields, action, variant = "primary" }: ReviewFormProps) {
  const t = useTranslations("bonus");
  const [state, formAction] = useActionState(action, initialBonusFormState);
  const headingId = useId();
  const idPrefix = useId().replace(/:/g, "");

  const submitted = Object.keys(state.values).length > 0;
  const fieldId = (name: string) => `${idPrefix}-${name}`;
  const valueOf = (field: ReviewField) => (submitted ? (state.values[field.name] ?? "") : (field.defaultValue ?? ""));
  const errorOf = (field: ReviewField): string | undefined => {
    const key = state.fieldErrors[field.name];
    if (!key) return undefined;
    return field.kind === "photos" ? key : t(`fieldErrors.${key}`);
  };

  const summary = errorSummaryItemsFrom(
    Object.fromEntries(fields.map((field) => [field.name, errorOf(field)])),
    fields.map((field) => field.name),
    fieldId,
  );

  // A transition keeps the typed values after an error instead of React's automatic form reset.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };

  return (
    <section aria-labelledby={headingId} className="rounded-md border border-slate-300 bg-white p-4">
      <h2 id={headingId} className="mb-2 text-xl font-bold">
        {title}
      </h2>
      {description ? <p className="mb-4 text-slate-700">{description}</p> : null}
      <form action={formAction} onSubmit={submit} noValidate encType={fields.some((field) => field.kind === "photos") ? "multipart/form-data" : undefined}>
        {state.formError ? (
          <Alert tone="error" live className="mb-4">
            {t(`errors.${state.formError}`)}
          </Alert>
        ) : null}
        <ErrorSummary errors={summary} />

        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}

        {fields.map((field) => {
          const id = fieldId(field.name);
          const common = { id, name: field.name, label: field.label, hint: field.hint, required: field.required, error: errorOf(field) };

          if (field.kind === "select") {
            return <SelectField key={field.name} {...common} options={field.options ?? []} placeholder={field.placeholder} defaultValue={valueOf(field)} />;
          }
          if (field.kind === "textarea") {
            return <TextareaField key={field.name} {...common} rows={3} maxLength={2000} defaultValue={valueOf(field)} />;
          }
          if (field.kind === "photos") {
            return (
              <FieldFrame key={field.name} id={id} label={field.label} hint={field.hint} error={common.error}>
                <input
                  id={id}
                  name={field.name}
                  type="file"
                  multiple
                  accept="image/jpeg,image/png"
                  aria-invalid={common.error ? true : undefined}
                  aria-describedby={describedByOf({ id, hint: field.hint, error: common.error })}
                  className={controlClassName(Boolean(common.error))}
                />
              </FieldFrame>
            );
          }
          const type = field.kind === "datetime" ? "datetime-local" : field.kind;
          return <TextField key={field.name} {...common} type={type} defaultValue={valueOf(field)} />;
        })}

        <SubmitButton variant={variant} pendingLabel={t("detail.sending")}>
          {submitLabel}
        </SubmitButton>
      </form>
    </section>
  );
}
