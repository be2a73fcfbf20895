import { getTranslations } from "next-intl/server";

import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { homePathFor } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { signInPath } from "@/lib/auth/sign-in-redirects";

/**
 * Renders the 403 page for `forbidden()`. Next sends this file with every route, so it stays a
 * server component with plain links. Switching account happens on the sign-in page.
 * It exports no metadata: with it, Next 16.5 still kept the requested route's title.
 */
export default async function Forbidden() {
  const t = await getTranslations("auth.forbidden");
  const user = await getCurrentUser();

  return (
    <div className="max-w-3xl">
      <PageHeader title={t("heading")} description={t("explanation")} />
      <div className="flex flex-wrap gap-3">
        {user ? (
          <ButtonLink href={homePathFor(user)}>{t("areaLink")}</ButtonLink>
        ) : (
          <ButtonLink href="/">{t("homeLink")}</ButtonLink>
        )}
        <ButtonLink href={signInPath} variant="secondary">
          {t("switchAccount")}
        </ButtonLink>
      </div>
    </div>
  );
}
