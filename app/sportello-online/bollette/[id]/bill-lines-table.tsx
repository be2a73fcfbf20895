import { getTranslations } from "next-intl/server";

import { groupBillLines } from "@/lib/bills/bill-sections";
import type { BillDetail, BillLineView } from "@/lib/bills/bill-view";
import { presentBillLine, type BillsTranslator } from "@/lib/bills/present-bill-line";
import type { Locale } from "@/lib/i18n/config";
import { formatMoneyCents } from "@/lib/i18n/format";

type BillLinesTableProps = { bill: BillDetail; locale: Locale };

const cell = "px-3 py-2 align-top";

function SectionRows({ title, lines, bill, locale, t }: { title: string; lines: BillLineView[]; bill: BillDetail; locale: Locale; t: BillsTranslator }) {
  if (lines.length === 0) return null;

  return (
    <tbody>
      <tr className="bg-slate-50">
        <th scope="colgroup" colSpan={4} className={`${cell} text-start font-semibold text-slate-900`}>
          {title}
        </th>
      </tr>
      {lines.map((line) => {
        const row = presentBillLine(line, bill.vatRate, locale, t);
        return (
          <tr key={row.id} className="border-b border-slate-200">
            <th scope="row" className={`${cell} text-start font-normal`}>
              {row.label}
            </th>
            <td className={`${cell} text-end tabular-nums`}>{row.quantity}</td>
            <td className={`${cell} text-end tabular-nums`}>{row.unitPrice}</td>
            <td className={`${cell} text-end tabular-nums`}>{row.amount}</td>
          </tr>
        );
      })}
    </tbody>
  );
}

/** Renders a bill's lines by section: charges, older charges, the taxable subtotal, VAT, credits and the total. */
export async function BillLinesTable({ bill, locale }: BillLinesTableProps) {
  const t = (await getTranslations("bills")) as unknown as BillsTranslator;
  const sections = groupBillLines(bill.lines, bill.issuedOn);

  return (
    <div role="region" aria-labelledby="bill-lines-caption" tabIndex={0} className="overflow-x-auto rounded-md border border-slate-300">
      <table className="w-full border-collapse text-start">
        <caption id="bill-lines-caption" className="px-3 py-3 text-start text-lg font-semibold">
          {t("detail.linesCaption", { number: bill.number })}
        </caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className={`${cell} border-b-2 border-slate-400 text-start`}>
              {t("detail.lineColumn")}
            </th>
            <th scope="col" className={`${cell} border-b-2 border-slate-400 text-end`}>
              {t("detail.quantityColumn")}
            </th>
            <th scope="col" className={`${cell} border-b-2 border-slate-400 text-end`}>
              {t("detail.unitPriceColumn")}
            </th>
            <th scope="col" className={`${cell} border-b-2 border-slate-400 text-end`}>
              {t("detail.amountColumn")}
            </th>
          </tr>
        </thead>
        <SectionRows title={t("detail.chargesHeading")} lines={sections.charges} bill={bill} locale={locale} t={t} />
        <SectionRows title={t("detail.olderChargesHeading")} lines={sections.olderCharges} bill={bill} locale={locale} t={t} />
        <tbody>
          <tr className="border-b border-slate-300">
            <th scope="row" colSpan={3} className={`${cell} text-start font-semibold`}>
              {t("detail.taxable")}
            </th>
            <td className={`${cell} text-end font-semibold tabular-nums`}>{formatMoneyCents(sections.taxableCents, locale)}</td>
          </tr>
        </tbody>
        <SectionRows title={t("detail.vatHeading")} lines={sections.vat} bill={bill} locale={locale} t={t} />
        <SectionRows title={t("detail.creditsHeading")} lines={sections.credits} bill={bill} locale={locale} t={t} />
        <tfoot>
          <tr className="border-t-2 border-slate-500 bg-slate-100">
            <th scope="row" colSpan={3} className={`${cell} text-start text-lg font-bold`}>
              {t("detail.totalRow")}
            </th>
            <td className={`${cell} text-end text-lg font-bold tabular-nums`} data-testid="bill-total">
              {formatMoneyCents(bill.totalCents, locale)}
            </td>
          </tr>
        </tfoot>
      </table>
      {sections.olderCharges.length > 0 ? <p className="px-3 py-2 text-sm text-slate-800">{t("detail.olderChargesNote")}</p> : null}
      {sections.credits.length > 0 ? <p className="px-3 py-2 text-sm text-slate-800">{t("detail.creditsNote")}</p> : null}
    </div>
  );
}
