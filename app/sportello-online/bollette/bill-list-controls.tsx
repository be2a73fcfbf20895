import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { buttonClassName } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { billQueryKeys, paymentQueryValue, type BillFilters } from "@/lib/bills/bill-filters";
import { billListPath, billsPath } from "@/lib/bills/bill-links";
import type { BillSupplyOption } from "@/lib/bills/bill-supplies";

type SupplySwitcherProps = { supplies: readonly BillSupplyOption[]; selectedId: string };

/** Renders the supply choice as a GET form, so an administrator switches building without JavaScript. */
export async function SupplySwitcher({ supplies, selectedId }: SupplySwitcherProps) {
  const t = await getTranslations("bills.list.supply");
  const options = supplies.map((supply) => ({ value: supply.id, label: `${supply.supplyCode} – ${supply.address}` }));

  return (
    <form method="get" action={billListPath} aria-labelledby="supply-legend" className="mb-6 rounded-md border border-slate-300 bg-white p-4">
      <h2 id="supply-legend" className="mb-3 text-lg font-bold">
        {t("legend")}
      </h2>
      <div className="flex flex-wrap items-end gap-4">
        <SelectField id="bill-supply" name={billQueryKeys.supply} label={t("label")} hint={t("hint")} options={options} defaultValue={selectedId} className="mb-0 min-w-72 flex-1" />
        <button type="submit" className={buttonClassName("secondary")}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}

type BillFiltersFormProps = { supplyId: string; years: readonly number[]; filters: BillFilters };

/** Renders the year and payment filters as a GET form that keeps the chosen supply. */
export async function BillFiltersForm({ supplyId, years, filters }: BillFiltersFormProps) {
  const t = await getTranslations("bills.list.filters");
  const yearOptions = years.map((year) => ({ value: String(year), label: String(year) }));
  const paymentOptions = [
    { value: paymentQueryValue("unpaid"), label: t("unpaid") },
    { value: paymentQueryValue("paid"), label: t("paid") },
  ];

  return (
    <form method="get" action={billListPath} role="search" aria-labelledby="bill-filters-legend" className="mb-6 rounded-md border border-slate-300 bg-white p-4">
      <h2 id="bill-filters-legend" className="mb-3 text-lg font-bold">
        {t("legend")}
      </h2>
      <input type="hidden" name={billQueryKeys.supply} value={supplyId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id="bill-year" name={billQueryKeys.year} label={t("year")} placeholder={t("anyYear")} options={yearOptions} defaultValue={filters.year === null ? "" : String(filters.year)} className="mb-0" />
        <SelectField
          id="bill-payment"
          name={billQueryKeys.payment}
          label={t("payment")}
          placeholder={t("anyPayment")}
          options={paymentOptions}
          defaultValue={filters.payment === null ? "" : paymentQueryValue(filters.payment)}
          className="mb-0"
        />
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="submit" className={buttonClassName("primary")}>
          {t("apply")}
        </button>
        <Link href={billsPath(supplyId)} className={buttonClassName("quiet")}>
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
