import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { AccountMenu } from "@/components/shell/account-menu";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { NavLink } from "@/components/shell/nav-link";
import { NotificationBell } from "@/components/shell/notification-bell";
import { areasFor } from "@/lib/auth/permissions";
import { areas } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-user";

/** Renders the banner on every page: portal name, language switcher, account and the areas the user may enter. */
export async function SiteHeader({ user }: { user: SessionUser | null }) {
  const t = await getTranslations("common");
  const locale = await getLocale();
  const userAreas = user ? areasFor(user) : [];

  return (
    <header className="bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="flex items-center gap-3 text-white no-underline">
          <span aria-hidden="true" className="rounded-md bg-white px-2 py-1 text-xl font-black tracking-tight text-brand-900">
            MM
          </span>
          <span className="flex flex-col leading-tight">
            <span className="text-lg font-bold">{t("portalName")}</span>
            <span className="text-sm text-brand-100">
              <bdi>{t("companyName")}</bdi>
            </span>
          </span>
        </Link>

        <div className="flex flex-wrap items-center gap-4">
          <LanguageSwitcher currentLocale={locale} label={t("language.label")} currentLabel={t("language.current")} />
          {user ? <NotificationBell /> : null}
          <AccountMenu user={user} />
        </div>
      </div>

      {userAreas.length > 0 ? (
        <nav aria-label={t("header.areasNavLabel")} className="border-t border-brand-700 bg-brand-800">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4">
            {userAreas.map((area) => (
              <li key={area}>
                <NavLink
                  href={areas[area]}
                  className="block border-b-4 border-transparent px-3 py-2 text-white no-underline hover:border-brand-100"
                  currentClassName="border-white font-semibold"
                >
                  {t(`areaNames.${area}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
