import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { ButtonLink } from "@/components/ui/button";
import { homePathFor } from "@/lib/auth/permissions";
import { areas } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { signInUrl } from "@/lib/auth/sign-in-redirects";
import { erpContactCenterNumber, europeanEmergencyNumber, siiTollFreeNumber } from "@/lib/contacts/channels";

const waterServices = ["supplies", "bills", "selfReading", "practices", "requests"] as const;
const housingServices = ["dwelling", "rent", "reports", "appointments", "census"] as const;

export default async function HomePage() {
  const t = await getTranslations("public.home");
  const user = await getCurrentUser();

  return (
    <div>
      <section aria-labelledby="home-title" className="rounded-lg bg-brand-700 px-6 py-10 text-white">
        <h1 id="home-title" className="text-4xl font-bold">
          {t("title")}
        </h1>
        <p className="mt-4 max-w-3xl text-lg">{t("lead")}</p>
        {user ? (
          <p className="mt-6">
            <ButtonLink href={homePathFor(user)} variant="secondary">
              {t("signedInCta")}
            </ButtonLink>
          </p>
        ) : null}
      </section>

      <div className="mt-10 grid gap-6 md:grid-cols-2">
        <section aria-labelledby="home-water" className="rounded-lg border-2 border-slate-300 bg-white p-6">
          <h2 id="home-water" className="text-2xl font-bold text-slate-900">
            {t("water.heading")}
          </h2>
          <p className="mt-2 text-slate-700">{t("water.intro")}</p>
          <ul className="mt-3 list-disc space-y-1 ps-6">
            {waterServices.map((service) => (
              <li key={service}>{t(`water.services.${service}`)}</li>
            ))}
          </ul>
          {user ? null : (
            <p className="mt-5">
              <ButtonLink href={signInUrl(areas.sii)}>{t("water.cta")}</ButtonLink>
            </p>
          )}
        </section>

        <section aria-labelledby="home-housing" className="rounded-lg border-2 border-slate-300 bg-white p-6">
          <h2 id="home-housing" className="text-2xl font-bold text-slate-900">
            {t("housing.heading")}
          </h2>
          <p className="mt-2 text-slate-700">{t("housing.intro")}</p>
          <ul className="mt-3 list-disc space-y-1 ps-6">
            {housingServices.map((service) => (
              <li key={service}>{t(`housing.services.${service}`)}</li>
            ))}
          </ul>
          {user ? null : (
            <p className="mt-5">
              <ButtonLink href={signInUrl(areas.erp)}>{t("housing.cta")}</ButtonLink>
            </p>
          )}
        </section>
      </div>

      <section aria-labelledby="home-emergency" className="mt-10 rounded-lg border-s-8 border-red-700 bg-white p-6">
        <h2 id="home-emergency" className="text-2xl font-bold text-slate-900">
          {t("emergency.heading")}
        </h2>
        <dl className="mt-4 grid gap-4 md:grid-cols-3">
          {(
            [
              ["water", siiTollFreeNumber],
              ["housing", erpContactCenterNumber],
              ["danger", europeanEmergencyNumber],
            ] as const
          ).map(([key, number]) => (
            <div key={key}>
              <dt className="font-semibold text-slate-900">{t(`emergency.${key}`)}</dt>
              <dd className="mt-1">
                <a href={number.href} className="text-2xl font-bold text-brand-800 underline">
                  <bdi>{number.display}</bdi>
                </a>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="home-more" className="mt-10">
        <h2 id="home-more" className="text-2xl font-bold text-slate-900">
          {t("more.heading")}
        </h2>
        <ul className="mt-3 space-y-2">
          <li>
            <Link href="/carta-dei-servizi" className="text-brand-800 underline">
              {t("more.charter")}
            </Link>
          </li>
          <li>
            <Link href="/contatti" className="text-brand-800 underline">
              {t("more.contacts")}
            </Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
