import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { SignOutButton } from "@/components/auth/sign-out-button";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { homePathFor } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/sign-in-redirects";
import type { SignInFormState } from "@/lib/auth/sign-in-schema";

import { SignInForm } from "./sign-in-form";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("metaTitle") };
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Maps the `error` and `code` that Auth.js adds when its own endpoint redirects here. */
function statusFromAuthRedirect(params: SearchParams): SignInFormState["status"] {
  const error = firstValue(params.error);
  if (!error) return "idle";
  if (error !== "CredentialsSignin") return "failed";

  return firstValue(params.code) === "rate_limited" ? "blocked" : "rejected";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(firstValue(params.callbackUrl));
  const user = await getCurrentUser();
  const t = await getTranslations("auth.signIn");

  if (user) {
    return (
      <div className="max-w-3xl">
        <PageHeader title={t("heading")} description={t("alreadySignedIn", { name: user.displayName })} />
        <p className="mb-6 text-slate-700">{t("switchAccountHint")}</p>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href={callbackPath ?? homePathFor(user)}>{t("continue")}</ButtonLink>
          <SignOutButton variant="secondary" size="md" />
        </div>
      </div>
    );
  }

  return (
    <div className="max-w-3xl">
      <PageHeader title={t("heading")} description={t("intro")} />
      <SignInForm callbackUrl={callbackPath ?? ""} redirectedStatus={statusFromAuthRedirect(params)} />
    </div>
  );
}
