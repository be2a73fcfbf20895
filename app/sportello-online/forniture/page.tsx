import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";
import { parsePagination, type SearchParams } from "@/lib/pagination";
import { listCustomerSupplies, parseSupplySearch } from "@/lib/supplies/list-customer-supplies";
import { requireSupplyReader } from "@/lib/supplies/supply-access";
import { supplyPath, suppliesPath } from "@/lib/supplies/supply-paths";

import { SupplySearchForm } from "./supply-search-form";
import { SupplyTable } from "./supply-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("supplies.list");
  return { title: t("title") };
}

export default async function SuppliesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { personId } = await requireSupplyReader(suppliesPath);
  const query = await searchParams;

  const search = parseSupplySearch(query.q);
  const { rows, summary } = await listCustomerSupplies(personId, search, parsePagination(query));

  const t = await getTranslations("supplies.list");
  const tAreas = await getTranslations("areas");

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} breadcrumb={[{ label: tAreas("sii.title"), href: "/sportello-online" }, { label: t("title") }]} />
      <SupplySearchForm action={suppliesPath} search={search} />
      <SupplyTable rows={rows} summary={summary} pathname={suppliesPath} query={query} linkOf={supplyPath} searching={search !== ""} />
    </>
  );
}
