import { getTranslations } from "next-intl/server";

import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";

/**
 * Renders the 404 page for unknown URLs and for `notFound()`, which is also what a user gets
 * for another user's record, so the text does not say which of the two happened.
 */
export default async function NotFound() {
  const t = await getTranslations("common.notFound");

  return (
    <div className="max-w-3xl">
      <PageHeader title={t("heading")} description={t("explanation")} />
      <div className="flex flex-wrap gap-3">
        <ButtonLink href="/">{t("homeLink")}</ButtonLink>
        <ButtonLink href="/contatti" variant="secondary">
          {t("contactsLink")}
        </ButtonLink>
      </div>
    </div>
  );
}
