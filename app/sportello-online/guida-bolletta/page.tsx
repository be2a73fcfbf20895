import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireBillReader } from "@/lib/bills/require-bill-reader";
import { billGuidePath, billListPath } from "@/lib/bills/bill-links";
import { groupBillLines } from "@/lib/bills/bill-sections";
import type { BillLineView } from "@/lib/bills/bill-view";
import { presentBillLine, type BillsTranslator } from "@/lib/bills/present-bill-line";
import { sampleBill } from "@/lib/bills/sample-bill";
import type { Locale } from "@/lib/i18n/config";
import { formatCalendarDate, formatDate, formatMoneyCents, formatNumber } from "@/lib/i18n/format";
import { formatPagoPaNoticeCode } from "@/lib/identifiers/pagopa-notice";
import { newRequestPath } from "@/lib/requests/request-kinds";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bills.guide");
  return { title: t("metaTitle") };
}

/** Sections of the guide in the order a bill prints them. */
const sectionKeys = ["header", "dates", "readings", "fixed", "volume", "vat", "credits", "total", "older", "chart"] as const;

type SectionKey = (typeof sectionKeys)[number];

function Pairs({ rows }: { rows: [string, string][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function LineList({ lines, vatRate, locale, t }: { lines: BillLineView[]; vatRate: number; locale: Locale; t: BillsTranslator }) {
  return (
    <ul className="divide-y divide-slate-200">
      {lines.map((line) => {
        const row = presentBillLine(line, vatRate, locale, t);
        return (
          <li key={row.id} className="flex flex-wrap justify-between gap-x-4 py-1">
            <span>
              {row.label}
              {row.quantity ? <span className="text-slate-700"> · {row.quantity}</span> : null}
              {row.unitPrice ? <span className="text-slate-700"> · {row.unitPrice}</span> : null}
            </span>
            <span className="tabular-nums">{row.amount}</span>
          </li>
        );
      })}
    </ul>
  );
}

export default async function BillGuidePage() {
  await requireBillReader({ returnTo: billGuidePath });

  const t = (await getTranslations("bills")) as unknown as BillsTranslator;
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();
  const bill = sampleBill(t("guide.sampleHolder"), t("guide.sampleAddress"));
  const sections = groupBillLines(bill.lines, bill.issuedOn);
  const vatRate = bill.vatRate ?? 0;
  const sourceOf = (source: "actual" | "self" | "estimated") => t(`readingSources.${source}`);

  const samples: Partial<Record<SectionKey, ReactNode>> = {
    header: (
      <Pairs
        rows={[
          [t("detail.holder"), bill.supply.holderName],
          [t("detail.address"), bill.supply.address],
          [t("detail.supplyCode"), bill.supply.supplyCode],
          [t("detail.number"), bill.number],
        ]}
      />
    ),
    dates: (
      <Pairs
        rows={[
          [t("detail.period"), t("list.periodRange", { start: formatCalendarDate(bill.periodStart, locale), end: formatCalendarDate(bill.periodEnd, locale) })],
          [t("detail.issuedOn"), formatCalendarDate(bill.issuedOn, locale)],
          [t("detail.dueOn"), formatCalendarDate(bill.dueOn, locale)],
        ]}
      />
    ),
    readings: (
      <Pairs
        rows={[
          [t("detail.openingReading"), `${formatNumber(bill.fromReading!.cubicMetres, locale)} m³ · ${formatDate(bill.fromReading!.readAt, locale)} · ${sourceOf(bill.fromReading!.source)}`],
          [t("detail.closingReading"), `${formatNumber(bill.toReading!.cubicMetres, locale)} m³ · ${formatDate(bill.toReading!.readAt, locale)} · ${sourceOf(bill.toReading!.source)}`],
          [t("list.columns.consumption"), t("units.cubicMetres", { value: formatNumber(bill.consumptionCubicMetres, locale) })],
        ]}
      />
    ),
    fixed: <LineList lines={sections.charges.filter((line) => line.kind === "fixedCharge")} vatRate={vatRate} locale={locale} t={t} />,
    volume: <LineList lines={sections.charges.filter((line) => line.kind === "volumeCharge")} vatRate={vatRate} locale={locale} t={t} />,
    vat: (
      <>
        <Pairs rows={[[t("detail.taxable"), formatMoneyCents(sections.taxableCents, locale)]]} />
        <LineList lines={sections.vat} vatRate={vatRate} locale={locale} t={t} />
      </>
    ),
    credits: <LineList lines={sections.credits} vatRate={vatRate} locale={locale} t={t} />,
    total: (
      <Pairs
        rows={[
          [t("detail.total"), formatMoneyCents(bill.totalCents, locale)],
          [t("detail.noticeCode"), formatPagoPaNoticeCode(bill.pagoPaNoticeCode!)],
        ]}
      />
    ),
  };

  return (
    <>
      <PageHeader
        title={t("guide.title")}
        description={t("guide.description")}
        breadcrumb={[{ label: tAreas("sii.title"), href: "/sportello-online" }, { label: t("list.title"), href: billListPath }, { label: t("guide.metaTitle") }]}
      />
      <p className="mb-6 rounded-md border-s-4 border-brand-700 bg-brand-50 p-4">{t("guide.sampleNote")}</p>

      <ol className="space-y-6">
        {sectionKeys.map((key, index) => (
          <li key={key} className="rounded-md border border-slate-300 p-4">
            <h2 id={`guide-${key}`} className="text-xl font-semibold text-slate-900">
              <span className="me-2 inline-flex size-8 items-center justify-center rounded-full bg-brand-700 text-base text-white" aria-hidden="true">
                {index + 1}
              </span>
              <span className="sr-only">{t("guide.stepLabel", { step: index + 1 })}: </span>
              {t(`guide.sections.${key}.title`)}
            </h2>
            <div className="mt-3 grid gap-4 lg:grid-cols-2">
              {samples[key] ? (
                <figure className="rounded-md bg-slate-50 p-3">
                  <figcaption className="mb-2 text-sm font-semibold text-slate-700">{t("guide.sampleTitle")}</figcaption>
                  {samples[key]}
                </figure>
              ) : null}
              <p className={samples[key] ? "" : "lg:col-span-2"}>{t(`guide.sections.${key}.body`)}</p>
            </div>
          </li>
        ))}
      </ol>

      <div className="mt-8 flex flex-wrap gap-3">
        <ButtonLink href={billListPath}>{t("guide.toBills")}</ButtonLink>
        <ButtonLink href={newRequestPath("billClarification")} variant="secondary">
          {t("guide.toRequests")}
        </ButtonLink>
      </div>
    </>
  );
}
