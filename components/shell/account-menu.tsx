import { getTranslations } from "next-intl/server";

import { SignOutButton } from "@/components/auth/sign-out-button";
import { ButtonLink } from "@/components/ui/button";
import { signInPath } from "@/lib/auth/sign-in-redirects";
import type { SessionUser } from "@/lib/auth/session-user";

/** Renders the signed-in user's name with the sign-out button, or a sign-in link for visitors. */
export async function AccountMenu({ user }: { user: SessionUser | null }) {
  const t = await getTranslations("common.header");

  if (!user) {
    return (
      <ButtonLink href={signInPath} variant="secondary" size="sm">
        {t("signIn")}
      </ButtonLink>
    );
  }

  return (
    <div role="group" aria-label={t("accountLabel")} className="flex flex-wrap items-center gap-3">
      <p className="text-sm">
        <span className="sr-only">{t("signedInAs")} </span>
        <span className="font-semibold">{user.displayName}</span>
      </p>
      <SignOutButton />
    </div>
  );
}
