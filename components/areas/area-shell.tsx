import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { NavLink } from "@/components/shell/nav-link";
import { navigationFor } from "@/lib/areas/navigation";
import { areas, type Area } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-user";

type AreaShellProps = { area: Area; user: SessionUser; children: ReactNode };

const linkClassName = "block rounded-md border-s-4 border-transparent px-3 py-2 text-brand-800 no-underline hover:bg-brand-50";
const currentClassName = "border-brand-700 bg-brand-50 font-semibold text-brand-900";

/** Renders the frame of a signed-in area: its section navigation beside the page. */
export async function AreaShell({ area, user, children }: AreaShellProps) {
  const t = await getTranslations("areas");
  const common = await getTranslations("common");
  const items = navigationFor(area, user);

  return (
    <div className="grid gap-8 md:grid-cols-[15rem_1fr]">
      <nav aria-label={t("navLabel", { area: t(`${area}.title`) })}>
        <ul className="space-y-1">
          <li>
            <NavLink href={areas[area]} match="exact" className={linkClassName} currentClassName={currentClassName}>
              {t("home")}
            </NavLink>
          </li>
          {items.map((item) => (
            <li key={item.key}>
              {item.available ? (
                <NavLink href={item.path} className={linkClassName} currentClassName={currentClassName}>
                  {t(`${area}.nav.${item.key}.label`)}
                </NavLink>
              ) : (
                <span className="block px-3 py-2 ps-4 text-slate-700">
                  {t(`${area}.nav.${item.key}.label`)}
                  <span className="block text-xs">{common("navigation.notYetAvailable")}</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
