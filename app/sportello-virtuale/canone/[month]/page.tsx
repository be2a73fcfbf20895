import type { Metadata } from "next";
import Image from "next/image";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";
import { buttonClassName } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/policy";
import { formatCalendarDate, formatDateTime, formatMoneyCents } from "@/lib/i18n/format";
import { loadRentStatement } from "@/lib/rent/load-rent-statement";
import { renderQrSvg } from "@/lib/rent/rent-qr-code";
import { parseStatementMonth } from "@/lib/rent/statement-arithmetic";
import { statementStatusOf } from "@/lib/rent/statement-status";
import { rentStatementPath, rentStatementPdfPath, tenantPaths } from "@/lib/tenancy/tenant-paths";

import { formatStatementMonth } from "../month-label";

type StatementPageProps = { params: Promise<{ month: string }> };

export async function generateMetadata({ params }: StatementPageProps): Promise<Metadata> {
  const { month } = await params;
  const t = await getTranslations("rent.statement");
  const locale = await getLocale();
  // A month that does not parse (such as 2026-13) answers 404, so its title must not name another month.
  return { title: parseStatementMonth(month) ? t("title", { month: formatStatementMonth(month, locale) }) : t("titleGeneric") };
}

export default async function RentStatementPage({ params }: StatementPageProps) {
  const { month } = await params;
  const user = await requirePermission("tenancy:read:own", { returnTo: rentStatementPath(month) });

  const statement = await loadRentStatement(user, month);
  if (!statement) notFound();

  const t = await getTranslations("rent");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();
  const monthLabel = formatStatementMonth(statement.month, locale);
  const status = statementStatusOf(statement);
  const qrSvg = statement.notice ? await renderQrSvg(statement.notice.qrPayload) : null;

  return (
    <>
      <PageHeader
        title={t("statement.title", { month: monthLabel })}
        description={t("statement.description", { contract: statement.contractCode, address: statement.buildingAddress })}
        breadcrumb={[{ label: tAreas("erp.title"), href: tenantPaths.home }, { label: t("list.title"), href: tenantPaths.rent }, { label: monthLabel }]}
        actions={
          <a href={rentStatementPdfPath(statement.month)} download className={buttonClassName("secondary")} data-testid="statement-pdf-link">
            {t("statement.downloadPdf")}
          </a>
        }
      />

      <section aria-labelledby="summary-title" className="mb-8 rounded-md border-2 border-slate-300 p-4" data-testid="statement-summary">
        <h2 id="summary-title" className="text-xl font-semibold text-slate-900">
          {t("statement.summaryTitle")}
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("statement.status")}</dt>
          <dd>
            <StatusBadge tone={status.tone} label={t(`status.${status.key}`)} />
          </dd>
          <dt className="font-semibold">{t("columns.due")}</dt>
          <dd>{formatMoneyCents(statement.dueCents, locale)}</dd>
          <dt className="font-semibold">{t("columns.paid")}</dt>
          <dd>{formatMoneyCents(statement.paidCents, locale)}</dd>
          <dt className="font-semibold">{t("columns.balance")}</dt>
          <dd data-testid="statement-balance">{formatMoneyCents(statement.balanceCents, locale)}</dd>
          <dt className="font-semibold">{t("statement.issuedOn")}</dt>
          <dd>{formatCalendarDate(statement.issuedOn, locale)}</dd>
          <dt className="font-semibold">{t("columns.dueOn")}</dt>
          <dd>{formatCalendarDate(statement.dueOn, locale)}</dd>
        </dl>
      </section>

      <section aria-labelledby="lines-title" className="mb-8">
        <h2 id="lines-title" className="text-xl font-semibold text-slate-900">
          {t("statement.linesTitle")}
        </h2>
        {statement.linesMatchTotal ? null : (
          <Alert tone="warning" className="mt-3">
            {t("statement.linesMismatch")}
          </Alert>
        )}
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse text-start" data-testid="statement-lines">
            <caption className="sr-only">{t("statement.linesCaption", { month: monthLabel })}</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="py-2 pe-4 text-start">
                  {t("statement.lineItem")}
                </th>
                <th scope="col" className="py-2 text-end">
                  {t("statement.lineAmount")}
                </th>
              </tr>
            </thead>
            <tbody>
              {statement.lines.map((line) => (
                <tr key={line.position} className="border-b border-slate-200">
                  <th scope="row" className="py-2 pe-4 text-start font-normal">
                    {line.kind === "serviceCharge" && line.service ? t(`services.${line.service}`) : t(`lineKinds.${line.kind}`)}
                  </th>
                  <td className="py-2 text-end tabular-nums">{formatMoneyCents(line.amountCents, locale)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" className="py-2 pe-4 text-start">
                  {t("statement.serviceChargesTotal")}
                </th>
                <td className="py-2 text-end tabular-nums">{formatMoneyCents(statement.serviceChargesCents, locale)}</td>
              </tr>
              <tr className="border-t-2 border-slate-400">
                <th scope="row" className="py-2 pe-4 text-start">
                  {t("statement.total")}
                </th>
                <td className="py-2 text-end font-semibold tabular-nums">{formatMoneyCents(statement.dueCents, locale)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>

      <section aria-labelledby="payments-title" className="mb-8">
        <h2 id="payments-title" className="text-xl font-semibold text-slate-900">
          {t("statement.paymentsTitle")}
        </h2>
        {statement.payments.length === 0 ? (
          <p className="mt-2">{t("statement.noPayments")}</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {statement.payments.map((payment, index) => (
              <li key={index}>
                {t("statement.payment", {
                  amount: formatMoneyCents(payment.amountCents, locale),
                  date: formatDateTime(payment.paidAt, locale),
                  method: t(`methods.${payment.method}`),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>

      {statement.notice && qrSvg ? (
        <section aria-labelledby="notice-title" className="mb-8 rounded-md border-2 border-brand-700 p-4" data-testid="payment-notice">
          <h2 id="notice-title" className="text-xl font-semibold text-slate-900">
            {t("notice.title")}
          </h2>
          <p className="mt-2">{t("notice.description")}</p>
          <div className="mt-4 flex flex-col gap-6 sm:flex-row sm:items-start">
            <Image
              unoptimized
              src={`data:image/svg+xml;base64,${Buffer.from(qrSvg).toString("base64")}`}
              alt={t("notice.qrAlt", { payload: statement.notice.qrPayload })}
              width={180}
              height={180}
              className="h-44 w-44 shrink-0 bg-white"
              data-testid="notice-qr"
            />
            <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
              <dt className="font-semibold">{t("notice.code")}</dt>
              <dd className="font-mono tabular-nums" data-testid="notice-code">
                {statement.notice.noticeCodeFormatted}
              </dd>
              <dt className="font-semibold">{t("notice.creditor")}</dt>
              <dd className="font-mono">{statement.notice.creditorFiscalCode}</dd>
              <dt className="font-semibold">{t("notice.amount")}</dt>
              <dd>{formatMoneyCents(statement.notice.amountCents, locale)}</dd>
              <dt className="font-semibold">{t("notice.payload")}</dt>
              <dd className="font-mono break-all" dir="ltr" data-testid="notice-payload">
                {statement.notice.qrPayload}
              </dd>
            </dl>
          </div>
        </section>
      ) : null}
    </>
  );
}
