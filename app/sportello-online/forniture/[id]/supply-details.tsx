import { getLocale, getTranslations } from "next-intl/server";

import { StatusBadge } from "@/components/ui/status-badge";
import { formatCalendarDate, formatNumber } from "@/lib/i18n/format";
import type { CustomerSupply } from "@/lib/supplies/load-customer-supply";

/** Shows the supply's contract, meter and holder as description lists. */
export async function SupplyDetails({ supply }: { supply: CustomerSupply }) {
  const t = await getTranslations("supplies");
  const locale = await getLocale();

  const rows: [string, React.ReactNode][] = [
    [t("detail.code"), supply.supplyCode],
    [t("detail.address"), supply.address],
    [t("detail.useType"), t(`useTypes.${supply.useType}`)],
    [t("detail.housingUnits"), formatNumber(supply.housingUnits, locale)],
    [t("detail.state"), <StatusBadge key="state" status={supply.state} label={t(`states.${supply.state}`)} />],
    [t("detail.contractStart"), formatCalendarDate(supply.contractStartOn, locale)],
    ...(supply.contractEndOn ? ([[t("detail.contractEnd"), formatCalendarDate(supply.contractEndOn, locale)]] as [string, string][]) : []),
    [
      t("detail.paymentMethod"),
      supply.directDebitIbanEnd
        ? t("detail.directDebitEnding", { method: t(`paymentMethods.${supply.paymentMethod}`), end: supply.directDebitIbanEnd })
        : t(`paymentMethods.${supply.paymentMethod}`),
    ],
    [
      t("detail.billDelivery"),
      supply.billingEmail && supply.billDelivery !== "paper"
        ? t("detail.billDeliveryTo", { delivery: t(`billDeliveries.${supply.billDelivery}`), address: supply.billingEmail })
        : t(`billDeliveries.${supply.billDelivery}`),
    ],
  ];

  const meterRows: [string, string][] = supply.meter
    ? [
        [t("detail.meterSerial"), supply.meter.serialNumber],
        [t("detail.meterCalibre"), t("detail.calibreValue", { millimetres: supply.meter.calibreMm })],
        [t("detail.meterDigits"), formatNumber(supply.meter.digits, locale)],
        [t("detail.meterInstalled"), formatCalendarDate(supply.meter.installedOn, locale)],
      ]
    : [[t("detail.meterSerial"), t("detail.noMeter")]];

  const holderRows: [string, string][] = [
    [t("detail.holderName"), supply.holder.name ?? "—"],
    [t("detail.holderFiscalCode"), supply.holder.fiscalCode],
    [t("detail.holderKind"), t(`personKinds.${supply.holder.kind}`)],
    [t("detail.holderEmail"), supply.holder.email ?? "—"],
  ];

  return (
    <div className="mb-8 grid gap-6 md:grid-cols-2">
      <DetailSection id="contract-heading" title={t("detail.contractHeading")} rows={rows} />
      <div className="grid gap-6">
        <DetailSection id="meter-heading" title={t("detail.meterHeading")} rows={meterRows} />
        <DetailSection id="holder-heading" title={t("detail.holderHeading")} rows={holderRows} />
      </div>
    </div>
  );
}

function DetailSection({ id, title, rows }: { id: string; title: string; rows: [string, React.ReactNode][] }) {
  return (
    <section aria-labelledby={id} className="rounded-md border border-slate-300 bg-white p-4">
      <h2 id={id} className="mb-3 text-xl font-bold">
        {title}
      </h2>
      <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-2">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-slate-800">{label}</dt>
            <dd className="text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
