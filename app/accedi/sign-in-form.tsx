"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryItemsFrom } from "@/components/ui/error-summary-items";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { signInAction } from "@/lib/auth/sign-in-action";
import {
  initialSignInFormState,
  signInFieldErrors,
  signInSchema,
  type SignInFieldErrors,
  type SignInFormState,
} from "@/lib/auth/sign-in-schema";

type SignInFormProps = {
  /** Safe same-origin path to return to after sign-in, or "" for the user's home area. */
  callbackUrl: string;
  /** Outcome carried in the URL when Auth.js itself redirected here after a failed attempt. */
  redirectedStatus?: SignInFormState["status"];
};

const fieldOrder = ["email", "password"] as const;

/**
 * Renders the e-mail and password form. It checks the fields with the server's schema before
 * sending, so obvious mistakes show at once. The server's result replaces them after.
 */
export function SignInForm({ callbackUrl, redirectedStatus = "idle" }: SignInFormProps) {
  const t = useTranslations("auth");
  const [state, formAction] = useActionState(signInAction, { ...initialSignInFormState, status: redirectedStatus });
  const [browserErrors, setBrowserErrors] = useState<SignInFieldErrors | null>(null);

  const fieldErrors = browserErrors ?? state.fieldErrors;
  const messages = {
    email: fieldErrors.email ? t(`fieldErrors.${fieldErrors.email}`) : undefined,
    password: fieldErrors.password ? t(`fieldErrors.${fieldErrors.password}`) : undefined,
  };
  const summaryItems = errorSummaryItemsFrom(messages, fieldOrder);
  const outcome = browserErrors ? "invalid" : state.status;

  function checkBeforeSending(event: FormEvent<HTMLFormElement>) {
    const formData = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });

    if (parsed.success) {
      setBrowserErrors(null);
      return;
    }

    event.preventDefault();
    setBrowserErrors(signInFieldErrors(parsed.error));
  }

  return (
    <form action={formAction} onSubmit={checkBeforeSending} noValidate className="max-w-md">
      <ErrorSummary errors={summaryItems} title={t("signIn.errorSummaryTitle")} />

      {outcome === "rejected" || outcome === "blocked" || outcome === "failed" ? (
        <Alert tone="error" live className="mb-6">
          {outcome === "blocked" ? t("signIn.blocked", { minutes: state.retryInMinutes ?? 15 }) : t(`signIn.${outcome}`)}
        </Alert>
      ) : null}

      <input type="hidden" name="callbackUrl" value={callbackUrl} />

      <TextField
        id="email"
        name="email"
        type="email"
        label={t("signIn.emailLabel")}
        autoComplete="username"
        inputMode="email"
        dir="ltr"
        spellCheck={false}
        required
        defaultValue={state.email}
        error={messages.email}
      />
      <TextField
        id="password"
        name="password"
        type="password"
        label={t("signIn.passwordLabel")}
        autoComplete="current-password"
        required
        error={messages.password}
      />

      <SubmitButton pendingLabel={t("signIn.submitting")}>{t("signIn.submit")}</SubmitButton>
    </form>
  );
}
