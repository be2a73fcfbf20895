import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/policy";
import { billingRunPath } from "@/lib/billing/billing-run-form";
import { listRecentBillingRuns, type BillingRunEntry } from "@/lib/billing/list-billing-runs";
import { formatCalendarDate, formatDateTime } from "@/lib/i18n/format";

import { BillingRunForm } from "./billing-run-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("billing");
  return { title: t("title") };
}

export default async function BillingRunPage() {
  await requirePermission("billing:run:any", { returnTo: billingRunPath });
  const runs = await listRecentBillingRuns();

  const t = await getTranslations("billing");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} breadcrumb={[{ label: tAreas("backOffice.title"), href: "/back-office" }, { label: t("title") }]} />
      <BillingRunForm />
      <section aria-labelledby="billing-runs-heading" className="mt-8">
        <h2 id="billing-runs-heading" className="mb-3 text-xl font-bold">
          {t("runs.heading")}
        </h2>
        <DataTable<BillingRunEntry>
          caption={t("runs.caption")}
          rows={runs}
          rowKey={(run) => run.id}
          empty={t("runs.none")}
          columns={[
            { key: "at", header: t("runs.at"), cell: (run) => formatDateTime(run.at, locale), isRowHeader: true },
            { key: "periodEnd", header: t("runs.periodEnd"), cell: (run) => formatCalendarDate(run.periodEnd, locale) },
            { key: "kind", header: t("runs.kind"), cell: (run) => (run.dryRun ? t("runs.preview") : t("runs.run")) },
            { key: "actor", header: t("runs.actor"), cell: (run) => run.actorName ?? t("runs.system") },
            { key: "due", header: t("runs.due"), cell: (run) => run.due, align: "end" },
            { key: "issued", header: t("runs.issued"), cell: (run) => run.issued, align: "end" },
            { key: "failed", header: t("runs.failed"), cell: (run) => run.failed, align: "end" },
          ]}
        />
      </section>
    </>
  );
}
