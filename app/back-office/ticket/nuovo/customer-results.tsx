import Link from "next/link";
import { getTranslations } from "next-intl/server";

import type { CustomerMatch } from "@/lib/customers/find-customers";

type CustomerResultsProps = {
  matches: readonly CustomerMatch[];
  /** Link that picks a person, keeping the search in the URL. */
  pickHref: (personId: string) => string;
};

/** Lists the people a lookup found, each with its supplies or dwellings and a link to pick it. */
export async function CustomerResults({ matches, pickHref }: CustomerResultsProps) {
  const t = await getTranslations("backoffice.newTicket");

  if (matches.length === 0) return <p className="mb-6">{t("noResults")}</p>;

  return (
    <section aria-labelledby="results-heading" className="mb-6">
      <h2 id="results-heading" className="mb-2 text-xl font-bold">
        {t("resultsHeading", { count: matches.length })}
      </h2>
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-300 bg-white">
        {matches.map((match) => (
          <li key={match.personId} className="flex flex-wrap items-start justify-between gap-3 p-3">
            <div>
              <p className="font-semibold">{match.name}</p>
              <p className="text-sm">{t("fiscalCodeValue", { fiscalCode: match.fiscalCode })}</p>
              {match.supplies.map((supply) => (
                <p key={supply.id} className="text-sm">
                  {t("supplyValue", { code: supply.supplyCode, address: supply.address })}
                </p>
              ))}
              {match.dwellings.map((dwelling) => (
                <p key={dwelling.id} className="text-sm">
                  {t("dwellingValue", { code: dwelling.code, contract: dwelling.contractCode, address: dwelling.address })}
                </p>
              ))}
            </div>
            <Link href={pickHref(match.personId)} className="text-brand-800 underline underline-offset-2" aria-label={t("pickLabel", { name: match.name })}>
              {t("pick")}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
