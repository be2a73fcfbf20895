"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { Alert } from "@/components/ui/alert";
import { errorIdOf, FieldError } from "@/components/ui/field-parts";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { initialRequestFormState, type RequestFormState } from "@/lib/requests/request-form-state";

type RatingFormProps = {
  action: (previous: RequestFormState, formData: FormData) => Promise<RequestFormState>;
};

const scores = ["1", "2", "3", "4", "5"] as const;

/** Lets the customer rate a resolved request from 1 to 5, with an optional comment. */
export function RatingForm({ action }: RatingFormProps) {
  const t = useTranslations("tickets");
  const [state, formAction] = useActionState(action, initialRequestFormState);
  const scoreError = state.fieldErrors.score;
  const commentError = state.fieldErrors.comment;

  return (
    <form action={formAction} noValidate className="max-w-2xl" data-testid="rating-form">
      {state.formError ? (
        <Alert tone="error" live className="mb-4">
          {t(`errors.${state.formError}`)}
        </Alert>
      ) : null}

      <fieldset className="mb-4" aria-describedby={scoreError ? errorIdOf("score") : undefined} aria-invalid={scoreError ? true : undefined}>
        <legend className="mb-2 font-semibold">{t("rating.legend")}</legend>
        {scoreError ? <FieldError id="score">{t(`rating.fieldErrors.${scoreError}`)}</FieldError> : null}
        <div className="flex flex-col gap-2">
          {scores.map((score) => (
            <label key={score} className="inline-flex items-center gap-2">
              <input type="radio" name="score" value={score} defaultChecked={state.values.score === score} className="h-5 w-5" />
              {t(`rating.scores.${score}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <TextareaField
        id="comment"
        name="comment"
        label={t("rating.commentLabel")}
        hint={t("rating.commentHint")}
        maxLength={2000}
        rows={3}
        defaultValue={state.values.comment ?? ""}
        error={commentError ? t(`rating.fieldErrors.${commentError}`) : undefined}
      />
      <SubmitButton pendingLabel={t("rating.sending")}>{t("rating.submit")}</SubmitButton>
    </form>
  );
}
