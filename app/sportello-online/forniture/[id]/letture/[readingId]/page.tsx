import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";

import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { findOwnedOrNotFound } from "@/lib/auth/policy";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";
import { loadReadingReceipt } from "@/lib/readings/list-reading-history";
import { loadCustomerSupply } from "@/lib/supplies/load-customer-supply";
import { requireSupplyReader } from "@/lib/supplies/supply-access";
import { readingReceiptPath, suppliesPath, supplyPath } from "@/lib/supplies/supply-paths";

type ReceiptPageProps = { params: Promise<{ id: string; readingId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("readings.receipt");
  return { title: t("title") };
}

/** Shows the receipt of a self-reading: its protocol number, the figures sent and the state. */
export default async function ReadingReceiptPage({ params }: ReceiptPageProps) {
  const { id, readingId } = await params;
  if (!z.uuid().safeParse(id).success || !z.uuid().safeParse(readingId).success) notFound();

  const { personId } = await requireSupplyReader(readingReceiptPath(id, readingId));
  const supply = await findOwnedOrNotFound(loadCustomerSupply(personId, id));
  const reading = await findOwnedOrNotFound(loadReadingReceipt(supply.id, readingId));

  const t = await getTranslations("readings");
  const tAreas = await getTranslations("areas");
  const tSupplies = await getTranslations("supplies");
  const locale = await getLocale();

  const rows: [string, React.ReactNode][] = [
    [t("receipt.protocol"), <strong key="protocol" data-testid="reading-protocol">{reading.protocol}</strong>],
    [t("receipt.supply"), `${supply.supplyCode} — ${supply.address}`],
    [t("receipt.meter"), reading.meterSerialNumber],
    [t("receipt.readOn"), formatDate(reading.readAt, locale)],
    [t("receipt.cubicMetres"), t("receipt.cubicMetresValue", { value: formatNumber(reading.cubicMetres, locale) })],
    [t("receipt.sentAt"), formatDateTime(reading.createdAt, locale)],
    [t("receipt.state"), <StatusBadge key="state" status={reading.state} label={t(`states.${reading.state}`)} />],
  ];
  if (reading.stateReason) rows.push([t("receipt.reason"), reading.stateReason]);
  if (reading.photoFileId) {
    rows.push([
      t("receipt.photo"),
      <Link key="photo" href={`/api/files/${reading.photoFileId}`} className="text-brand-800 underline underline-offset-2">
        {t("receipt.photoLink")}
      </Link>,
    ]);
  }

  return (
    <>
      <PageHeader
        title={t("receipt.title")}
        description={t(`receipt.lead.${reading.state}`)}
        breadcrumb={[
          { label: tAreas("sii.title"), href: "/sportello-online" },
          { label: tSupplies("list.title"), href: suppliesPath },
          { label: supply.supplyCode, href: supplyPath(supply.id) },
          { label: t("receipt.title") },
        ]}
        actions={<ButtonLink href={supplyPath(supply.id)}>{t("receipt.backToSupply")}</ButtonLink>}
      />
      <dl className="grid max-w-2xl grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-2 rounded-md border border-slate-300 bg-white p-4">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-slate-800">{label}</dt>
            <dd className="text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
