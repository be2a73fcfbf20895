import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";
import { parsePagination, type SearchParams } from "@/lib/pagination";
import { listCustomerSupplies, parseSupplySearch } from "@/lib/supplies/list-customer-supplies";
import { requireSupplyReader } from "@/lib/supplies/supply-access";
import { selfReadingPath } from "@/lib/supplies/supply-paths";

import { SupplySearchForm } from "../forniture/supply-search-form";
import { SupplyTable } from "../forniture/supply-table";

const selfReadingIndexPath = "/sportello-online/autolettura";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("readings.pick");
  return { title: t("title") };
}

/** Lists the customer's supplies, each linking to its self-reading form; the menu's Autolettura entry opens this page. */
export default async function SelfReadingIndexPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { personId } = await requireSupplyReader(selfReadingIndexPath);
  const query = await searchParams;

  const search = parseSupplySearch(query.q);
  const { rows, summary } = await listCustomerSupplies(personId, search, parsePagination(query));

  const t = await getTranslations("readings.pick");
  const tAreas = await getTranslations("areas");

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} breadcrumb={[{ label: tAreas("sii.title"), href: "/sportello-online" }, { label: t("title") }]} />
      <SupplySearchForm action={selfReadingIndexPath} search={search} />
      <SupplyTable rows={rows} summary={summary} pathname={selfReadingIndexPath} query={query} linkOf={selfReadingPath} searching={search !== ""} />
    </>
  );
}
