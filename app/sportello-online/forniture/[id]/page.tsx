import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";

import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { findOwnedOrNotFound } from "@/lib/auth/policy";
import { parsePagination, type SearchParams } from "@/lib/pagination";
import { listReadingHistory } from "@/lib/readings/list-reading-history";
import { loadCustomerSupply } from "@/lib/supplies/load-customer-supply";
import { requireSupplyReader } from "@/lib/supplies/supply-access";
import { selfReadingPath, suppliesPath, supplyPath } from "@/lib/supplies/supply-paths";

import { ReadingHistory } from "./reading-history";
import { SupplyDetails } from "./supply-details";

type SupplyPageProps = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("supplies.detail");
  return { title: t("metaTitle") };
}

export default async function SupplyPage({ params, searchParams }: SupplyPageProps) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();

  const { personId } = await requireSupplyReader(supplyPath(id));
  const supply = await findOwnedOrNotFound(loadCustomerSupply(personId, id));

  const query = await searchParams;
  const history = await listReadingHistory(supply.id, parsePagination(query, { defaultPageSize: 12 }));

  const t = await getTranslations("supplies");
  const tAreas = await getTranslations("areas");
  const takesReadings = supply.state === "active" || supply.state === "suspended";

  return (
    <>
      <PageHeader
        title={t("detail.title", { code: supply.supplyCode })}
        description={supply.address}
        breadcrumb={[{ label: tAreas("sii.title"), href: "/sportello-online" }, { label: t("list.title"), href: suppliesPath }, { label: supply.supplyCode }]}
        actions={
          <>
            {takesReadings && supply.meter ? <ButtonLink href={selfReadingPath(supply.id)}>{t("detail.sendReading")}</ButtonLink> : null}
            <ButtonLink href={suppliesPath} variant="secondary">
              {t("detail.switchSupply")}
            </ButtonLink>
          </>
        }
      />
      <SupplyDetails supply={supply} />
      <ReadingHistory supplyId={supply.id} rows={history.rows} summary={history.summary} pathname={supplyPath(supply.id)} query={query} />
    </>
  );
}
