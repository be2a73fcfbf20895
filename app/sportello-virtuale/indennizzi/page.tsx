import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/policy";
import { areas } from "@/lib/auth/roles";
import { listAccountIndemnities } from "@/lib/indemnities/list-customer-indemnities";
import { parsePagination, type SearchParams } from "@/lib/pagination";

import { IndemnityTable } from "../../sportello-online/indennizzi/indemnity-table";

const tenantIndemnitiesPath = `${areas.erp}/indennizzi`;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bills.indemnities");
  return { title: t("metaTitle") };
}

export default async function TenantIndemnitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("tenancy:read:own", { returnTo: tenantIndemnitiesPath });
  const query = await searchParams;

  const { rows, summary } = await listAccountIndemnities("erp", user.id, parsePagination(query));

  const t = await getTranslations("bills.indemnities");
  const tAreas = await getTranslations("areas");

  return (
    <>
      <PageHeader title={t("title")} description={t("descriptionErp")} breadcrumb={[{ label: tAreas("erp.title"), href: areas.erp }, { label: t("title") }]} />
      <IndemnityTable counter="erp" rows={rows} paging={{ summary, pathname: tenantIndemnitiesPath, searchParams: query }} />
    </>
  );
}
