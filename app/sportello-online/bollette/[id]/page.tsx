import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";
import { ButtonLink, buttonClassName } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatBillTotal } from "@/lib/bills/bill-amounts";
import { requireBillReader } from "@/lib/bills/require-bill-reader";
import { billDetailPath, billGuidePath, billPdfPath, billsPath } from "@/lib/bills/bill-links";
import { billPaymentStatus, paymentStatusTones } from "@/lib/bills/bill-payment-status";
import type { BillReadingView } from "@/lib/bills/bill-view";
import { loadCustomerBill } from "@/lib/bills/load-customer-bill";
import { formatCalendarDate, formatDate, formatMoneyCents, formatNumber } from "@/lib/i18n/format";
import { formatPagoPaNoticeCode } from "@/lib/identifiers/pagopa-notice";
import { newRequestPath } from "@/lib/requests/request-kinds";

import { BillLinesTable } from "./bill-lines-table";

type BillPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: BillPageProps): Promise<Metadata> {
  const { id } = await params;
  const t = await getTranslations("bills");
  const user = await requireBillReader({ returnTo: billDetailPath(id) });
  const bill = await loadCustomerBill(user.personId, id);

  return { title: bill ? t("detail.metaTitle", { number: bill.number }) : t("list.title") };
}

export default async function BillPage({ params }: BillPageProps) {
  const { id } = await params;
  const user = await requireBillReader({ returnTo: billDetailPath(id) });

  const bill = await loadCustomerBill(user.personId, id);
  if (!bill) notFound();

  const t = await getTranslations("bills");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();
  const status = billPaymentStatus(bill, new Date());
  const total = formatBillTotal(bill.totalCents, locale);
  const period = { start: formatCalendarDate(bill.periodStart, locale), end: formatCalendarDate(bill.periodEnd, locale) };

  const readingRow = (label: string, reading: BillReadingView | null) => (
    <tr className="border-b border-slate-200">
      <th scope="row" className="px-3 py-2 text-start font-semibold">
        {label}
      </th>
      {reading ? (
        <>
          <td className="px-3 py-2">{formatDate(reading.readAt, locale)}</td>
          <td className="px-3 py-2 text-end tabular-nums">{formatNumber(reading.cubicMetres, locale)}</td>
          <td className="px-3 py-2">{t(`readingSources.${reading.source}`)}</td>
        </>
      ) : (
        <td colSpan={3} className="px-3 py-2">
          {t("detail.noReading")}
        </td>
      )}
    </tr>
  );

  return (
    <>
      <PageHeader
        title={t("detail.title", { number: bill.number })}
        description={t("detail.description", { supplyCode: bill.supply.supplyCode, ...period })}
        breadcrumb={[
          { label: tAreas("sii.title"), href: "/sportello-online" },
          { label: t("list.title"), href: billsPath(bill.supply.id) },
          { label: bill.number },
        ]}
        actions={
          <a href={billPdfPath(bill.id)} download className={buttonClassName("primary")}>
            {t("detail.downloadPdf")}
          </a>
        }
      />

      {bill.cancelled ? (
        <Alert tone="warning" className="mb-6">
          {t("detail.cancelledNotice")}
        </Alert>
      ) : null}

      <section aria-labelledby="summary-title" className="mb-8 rounded-md border-2 border-slate-300 p-4">
        <h2 id="summary-title" className="text-xl font-semibold text-slate-900">
          {t("detail.summaryTitle")}
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("detail.number")}</dt>
          <dd>{bill.number}</dd>
          <dt className="font-semibold">{t("detail.holder")}</dt>
          <dd>{bill.supply.holderName}</dd>
          <dt className="font-semibold">{t("detail.supplyCode")}</dt>
          <dd>{bill.supply.supplyCode}</dd>
          <dt className="font-semibold">{t("detail.address")}</dt>
          <dd>{bill.supply.address}</dd>
          {bill.tariffName ? (
            <>
              <dt className="font-semibold">{t("detail.tariff")}</dt>
              <dd>{bill.tariffName}</dd>
            </>
          ) : null}
          <dt className="font-semibold">{t("detail.period")}</dt>
          <dd>{t("list.periodRange", period)}</dd>
          <dt className="font-semibold">{t("detail.issuedOn")}</dt>
          <dd>{formatCalendarDate(bill.issuedOn, locale)}</dd>
          <dt className="font-semibold">{t("detail.dueOn")}</dt>
          <dd>{formatCalendarDate(bill.dueOn, locale)}</dd>
          <dt className="font-semibold">{total.credit ? t("detail.totalCredit") : t("detail.total")}</dt>
          <dd className="text-lg font-bold" data-testid="bill-summary-total">
            {total.amount}
          </dd>
          <dt className="font-semibold">{t("detail.paymentState")}</dt>
          <dd>
            <StatusBadge tone={paymentStatusTones[status]} label={t(`paymentStates.${status}`)} />
          </dd>
          {bill.paidOn ? (
            <>
              <dt className="font-semibold">{t("detail.paidOn")}</dt>
              <dd>{formatCalendarDate(bill.paidOn, locale)}</dd>
            </>
          ) : null}
          {bill.paidCents > 0 ? (
            <>
              <dt className="font-semibold">{t("detail.paidAmount")}</dt>
              <dd>{formatMoneyCents(bill.paidCents, locale)}</dd>
            </>
          ) : null}
        </dl>
      </section>

      {!bill.cancelled ? (
        <section aria-labelledby="payment-title" className="mb-8">
          <h2 id="payment-title" className="mb-2 text-xl font-semibold text-slate-900">
            {t("detail.paymentTitle")}
          </h2>
          {status === "paid" || status === "nothingToPay" ? <p className="mb-2">{t("detail.alreadyPaid")}</p> : null}
          {bill.pagoPaNoticeCode ? (
            <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
              <dt className="font-semibold">{t("detail.noticeCode")}</dt>
              <dd className="font-mono text-lg tracking-wide" data-testid="notice-code">
                {formatPagoPaNoticeCode(bill.pagoPaNoticeCode)}
              </dd>
              <dd className="text-slate-700 sm:col-start-2">{t("detail.noticeCodeHint")}</dd>
            </dl>
          ) : (
            <p>{t("detail.noNoticeCode")}</p>
          )}
          {bill.supply.paymentMethod === "sepaDirectDebit" ? <p className="mt-2 text-slate-700">{t("detail.directDebitActive")}</p> : null}
        </section>
      ) : null}

      <section aria-labelledby="readings-title" className="mb-8">
        <h2 id="readings-title" className="mb-2 text-xl font-semibold text-slate-900">
          {t("detail.readingsTitle")}
        </h2>
        <div role="region" aria-labelledby="readings-caption" tabIndex={0} className="overflow-x-auto rounded-md border border-slate-300">
          <table className="w-full border-collapse text-start">
            <caption id="readings-caption" className="px-3 py-2 text-start font-semibold">
              {t("detail.readingsCaption")}
            </caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="border-b-2 border-slate-400 px-3 py-2 text-start">
                  {t("detail.readingColumn")}
                </th>
                <th scope="col" className="border-b-2 border-slate-400 px-3 py-2 text-start">
                  {t("detail.readingDate")}
                </th>
                <th scope="col" className="border-b-2 border-slate-400 px-3 py-2 text-end">
                  {t("detail.readingValue")}
                </th>
                <th scope="col" className="border-b-2 border-slate-400 px-3 py-2 text-start">
                  {t("detail.readingSource")}
                </th>
              </tr>
            </thead>
            <tbody>
              {readingRow(t("detail.openingReading"), bill.fromReading)}
              {readingRow(t("detail.closingReading"), bill.toReading)}
            </tbody>
          </table>
        </div>
        <p className="mt-2 font-semibold">{t("detail.consumption", { value: formatNumber(bill.consumptionCubicMetres, locale) })}</p>
        {bill.estimated ? (
          <Alert tone="info" className="mt-3">
            {t("detail.estimatedNotice")}
          </Alert>
        ) : null}
      </section>

      <section aria-labelledby="lines-title" className="mb-8">
        <h2 id="lines-title" className="mb-2 text-xl font-semibold text-slate-900">
          {t("detail.linesTitle")}
        </h2>
        <BillLinesTable bill={bill} locale={locale} />
      </section>

      <section aria-labelledby="questions-title" className="mb-4">
        <h2 id="questions-title" className="sr-only">
          {t("detail.guideLink")}
        </h2>
        <p className="mb-3">{t("detail.questions")}</p>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href={billGuidePath} variant="secondary">
            {t("detail.guideLink")}
          </ButtonLink>
          <ButtonLink href={newRequestPath("billClarification")} variant="secondary">
            {t("detail.clarificationLink")}
          </ButtonLink>
          <ButtonLink href={billsPath(bill.supply.id)} variant="quiet">
            {t("detail.backToList")}
          </ButtonLink>
        </div>
      </section>
    </>
  );
}
