import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { navigationFor } from "@/lib/areas/navigation";
import type { Area } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-user";
import { erpContactCenterNumber, siiTollFreeNumber, type PhoneNumber } from "@/lib/contacts/channels";

/** Phone lines each area's help box lists: the water lines for water work, the housing line for tenants. */
const helpLines: Record<Area, readonly ("sii" | "erp")[]> = {
  sii: ["sii"],
  erp: ["erp"],
  caf: ["sii"],
  backOffice: ["sii", "erp"],
};

const phoneNumbers: Record<"sii" | "erp", PhoneNumber> = { sii: siiTollFreeNumber, erp: erpContactCenterNumber };

/** Renders the landing page of a signed-in area: a greeting, what the area is for, shortcuts and whom to call. */
export async function AreaHome({ area, user }: { area: Area; user: SessionUser }) {
  const t = await getTranslations("areas");
  const common = await getTranslations("common");
  const items = navigationFor(area, user);

  return (
    <div>
      <h1 className="text-3xl font-bold text-slate-900">{t("greeting", { name: user.displayName })}</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700">{t(`${area}.purpose`)}</p>

      <section aria-labelledby="area-shortcuts" className="mt-8">
        <h2 id="area-shortcuts" className="text-xl font-bold text-slate-900">
          {t("shortcutsHeading")}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {items.map((item) => (
            <li key={item.key} className="flex">
              {item.available ? (
                <Link
                  href={item.path}
                  className="block w-full rounded-md border-2 border-slate-300 bg-white p-4 no-underline hover:border-brand-700"
                >
                  <span className="block text-lg font-semibold text-brand-800 underline underline-offset-4">
                    {t(`${area}.nav.${item.key}.label`)}
                  </span>
                  <span className="mt-1 block text-slate-700">{t(`${area}.nav.${item.key}.description`)}</span>
                </Link>
              ) : (
                <div className="w-full rounded-md border-2 border-dashed border-slate-300 bg-white p-4">
                  <p className="text-lg font-semibold text-slate-800">{t(`${area}.nav.${item.key}.label`)}</p>
                  <p className="mt-1 text-slate-700">{t(`${area}.nav.${item.key}.description`)}</p>
                  <p className="mt-2 text-sm font-semibold text-slate-700">{common("navigation.notYetAvailable")}</p>
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="area-help" className="mt-10 rounded-md bg-brand-50 p-5">
        <h2 id="area-help" className="text-xl font-bold text-slate-900">
          {t("helpHeading")}
        </h2>
        <ul className="mt-3 space-y-2">
          {helpLines[area].map((line) => (
            <li key={line}>
              {t(`helpLines.${line}`)}{" "}
              <a href={phoneNumbers[line].href} className="font-semibold text-brand-800 underline">
                <bdi>{phoneNumbers[line].display}</bdi>
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
