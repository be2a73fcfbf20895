import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";
import { requireBillReader } from "@/lib/bills/require-bill-reader";
import { billListPath, indemnitiesPath } from "@/lib/bills/bill-links";
import { listCustomerIndemnities } from "@/lib/indemnities/list-customer-indemnities";
import { parsePagination, type SearchParams } from "@/lib/pagination";

import { IndemnityTable } from "./indemnity-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bills.indemnities");
  return { title: t("metaTitle") };
}

export default async function IndemnitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireBillReader({ returnTo: indemnitiesPath });
  const query = await searchParams;

  const { rows, summary } = await listCustomerIndemnities("sii", user.personId, parsePagination(query));

  const t = await getTranslations("bills");
  const tAreas = await getTranslations("areas");

  return (
    <>
      <PageHeader
        title={t("indemnities.title")}
        description={t("indemnities.description")}
        breadcrumb={[{ label: tAreas("sii.title"), href: "/sportello-online" }, { label: t("list.title"), href: billListPath }, { label: t("indemnities.title") }]}
      />
      <IndemnityTable counter="sii" rows={rows} paging={{ summary, pathname: indemnitiesPath, searchParams: query }} />
    </>
  );
}
