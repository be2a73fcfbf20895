"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryItemsFrom } from "@/components/ui/error-summary-items";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { initialPracticeReviewFormState, type PracticeReviewFormState } from "@/lib/practices/practice-form-state";

type StateChangeFormProps = {
  /** The practice's `updatedAt` as the operator loaded it, sent back so a concurrent change is detected. */
  expectedUpdatedAt: string;
  /** The states reachable from the current one, labels already translated. */
  targets: SelectOption[];
  action: (previous: PracticeReviewFormState, formData: FormData) => Promise<PracticeReviewFormState>;
};

type ReviewKey = Parameters<ReturnType<typeof useTranslations<"practices.review">>>[0];

const fields = ["targetState", "message"] as const;

/** Lets an operator move a practice to another state, with a message for the customer where the state needs one. */
export function StateChangeForm({ expectedUpdatedAt, targets, action }: StateChangeFormProps) {
  const t = useTranslations("practices.review");
  const [state, formAction] = useActionState(action, initialPracticeReviewFormState);

  const submitted = Object.keys(state.values).length > 0;
  const errorOf = (field: string): string | undefined => {
    const key = state.fieldErrors[field];
    return key ? t(`fieldErrors.${key}` as ReviewKey) : undefined;
  };
  const summary = errorSummaryItemsFrom(Object.fromEntries(fields.map((field) => [field, errorOf(field)])), fields);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };

  return (
    <form action={formAction} onSubmit={submit} noValidate className="max-w-2xl" data-testid="practice-state-form">
      {state.formError ? (
        <Alert tone="error" live className="mb-6">
          {t(`errors.${state.formError}` as ReviewKey)}
        </Alert>
      ) : null}
      <ErrorSummary errors={summary} />

      <input type="hidden" name="expectedUpdatedAt" value={expectedUpdatedAt} />
      <SelectField
        id="targetState"
        name="targetState"
        label={t("targetState")}
        required
        placeholder={t("targetPlaceholder")}
        options={targets}
        defaultValue={submitted ? (state.values.targetState ?? "") : ""}
        error={errorOf("targetState")}
      />
      <TextareaField
        id="message"
        name="message"
        label={t("message")}
        hint={t("messageHint")}
        maxLength={2000}
        defaultValue={submitted ? (state.values.message ?? "") : ""}
        error={errorOf("message")}
      />
      <SubmitButton pendingLabel={t("sending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
