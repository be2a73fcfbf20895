import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { erpContactCenterNumber, siiTollFreeNumber } from "@/lib/contacts/channels";

/** Contact channels and the legal links every public-sector site carries. */
export async function SiteFooter() {
  const t = await getTranslations("common.footer");
  const common = await getTranslations("common");

  return (
    <footer className="mt-12 bg-slate-900 text-slate-100">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-3">
        <section aria-labelledby="footer-contacts">
          <h2 id="footer-contacts" className="text-lg font-bold text-white">
            {t("contactsHeading")}
          </h2>
          <dl className="mt-3 space-y-3">
            <div>
              <dt className="font-semibold">{t("siiLabel")}</dt>
              <dd>
                {t("tollFree")}{" "}
                <a href={siiTollFreeNumber.href} className="font-semibold text-white underline">
                  <bdi>{siiTollFreeNumber.display}</bdi>
                </a>
              </dd>
            </div>
            <div>
              <dt className="font-semibold">{t("erpLabel")}</dt>
              <dd>
                {t("contactCenter")}{" "}
                <a href={erpContactCenterNumber.href} className="font-semibold text-white underline">
                  <bdi>{erpContactCenterNumber.display}</bdi>
                </a>
                <span className="block text-sm">{t("erpHours")}</span>
              </dd>
            </div>
          </dl>
        </section>

        <nav aria-labelledby="footer-links">
          <h2 id="footer-links" className="text-lg font-bold text-white">
            {t("linksHeading")}
          </h2>
          <ul className="mt-3 space-y-2">
            <li>
              <Link href="/contatti" className="text-white underline">
                {t("contacts")}
              </Link>
            </li>
            <li>
              <Link href="/carta-dei-servizi" className="text-white underline">
                {t("charter")}
              </Link>
            </li>
            <li>
              <Link href="/accessibilita" data-element="accessibility-link" className="text-white underline">
                {t("accessibility")}
              </Link>
            </li>
            <li>
              <Link href="/privacy" data-element="privacy-policy-link" className="text-white underline">
                {t("privacy")}
              </Link>
            </li>
          </ul>
        </nav>

        <div>
          <p className="font-bold text-white">
            <bdi>{common("companyName")}</bdi>
          </p>
          <p className="mt-2 text-sm">{t("ownership")}</p>
        </div>
      </div>
    </footer>
  );
}
