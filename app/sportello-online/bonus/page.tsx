import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/policy";
import { loadHolderBonus } from "@/lib/bonus/holder-bonus";
import { findAccountPerson } from "@/lib/bonus/find-account-person";
import { formatCalendarDate, formatMoneyCents } from "@/lib/i18n/format";

const bonusPanelPath = "/sportello-online/bonus";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bonus.holder");
  return { title: t("title") };
}

export default async function HolderBonusPage() {
  const user = await requirePermission("supply:read:own", { returnTo: bonusPanelPath });
  const personId = await findAccountPerson(user.id);
  const supplies = personId ? await loadHolderBonus(personId) : [];

  const t = await getTranslations("bonus");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();

  return (
    <>
      <PageHeader title={t("holder.title")} description={t("holder.description")} breadcrumb={[{ label: tAreas("sii.title"), href: "/sportello-online" }, { label: t("holder.title") }]} />

      {supplies.length === 0 ? <EmptyState title={t("holder.empty")} /> : null}

      <div className="space-y-6">
        {supplies.map((supply) => (
          <section key={supply.supplyId} aria-labelledby={`supply-${supply.supplyId}`} className="rounded-md border border-slate-300 bg-white p-4">
            <h2 id={`supply-${supply.supplyId}`} className="mb-1 text-xl font-bold">
              {t("holder.supply", { code: supply.supplyCode })}
            </h2>
            <p className="mb-4 text-slate-700">{supply.address}</p>

            <ul className="space-y-6">
              {supply.applications.map((application) => (
                <li key={application.id} data-testid="holder-bonus-application">
                  <div className="mb-2 flex flex-wrap items-center gap-3">
                    <h3 className="text-lg font-semibold">{t("holder.application", { year: application.competenceYear, reference: application.reference })}</h3>
                    <StatusBadge status={application.state} label={t(`states.${application.state}`)} />
                  </div>

                  {application.state === "accepted" && application.benefitStart && application.benefitEnd ? (
                    <p>
                      {t("holder.accepted", {
                        from: formatCalendarDate(application.benefitStart, locale),
                        to: formatCalendarDate(application.benefitEnd, locale),
                        amount: formatMoneyCents(application.yearlyAmountCents ?? 0, locale),
                        supplementary: formatMoneyCents(application.supplementaryYearlyAmountCents ?? 0, locale),
                      })}
                    </p>
                  ) : null}
                  {application.state === "rejected" ? <p>{t("holder.rejected", { reason: application.rejectionReason ?? "" })}</p> : null}
                  {application.state !== "accepted" && application.state !== "rejected" ? <p>{t("holder.pending")}</p> : null}

                  {application.nextBillCredit ? (
                    <p className="mt-2 rounded-md border-s-4 border-green-700 bg-green-50 p-3" data-testid="holder-next-bill-credit">
                      {t("holder.nextBillCredit", {
                        amount: formatMoneyCents(application.nextBillCredit.bonusCents + application.nextBillCredit.supplementaryCents, locale),
                        days: application.nextBillCredit.days,
                        from: formatCalendarDate(application.nextBillCredit.from, locale),
                        to: formatCalendarDate(application.nextBillCredit.to, locale),
                      })}
                    </p>
                  ) : null}

                  {application.credits.length > 0 ? (
                    <>
                      <h4 className="mt-3 font-semibold">{t("holder.credits")}</h4>
                      <ul className="list-disc ps-6">
                        {application.credits.map((credit) => (
                          <li key={credit.id}>
                            {t("holder.credit", {
                              kind: t(credit.kind === "supplementaryBonusCredit" ? "detail.supplementaryBonus" : "detail.nationalBonus"),
                              amount: formatMoneyCents(-credit.amountCents, locale),
                              bill: credit.billNumber,
                              issued: formatCalendarDate(credit.issuedOn, locale),
                            })}
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : null}

                  {application.paymentOrders.length > 0 ? (
                    <>
                      <h4 className="mt-3 font-semibold">{t("holder.payments")}</h4>
                      <ul className="list-disc ps-6">
                        {application.paymentOrders.map((order) => (
                          <li key={order.id}>
                            {t("detail.paymentOrder", {
                              kind: t(order.supplementary ? "detail.supplementaryBonus" : "detail.nationalBonus"),
                              amount: formatMoneyCents(order.amountCents, locale),
                              due: formatCalendarDate(order.dueBy, locale),
                              state: t(`paymentStates.${order.state}`),
                            })}
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
