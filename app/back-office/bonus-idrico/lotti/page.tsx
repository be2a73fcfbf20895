import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission, hasPermission } from "@/lib/auth/policy";
import { batchColumns } from "@/lib/bonus/batch-file-layout";
import { bonusBackOfficePath } from "@/lib/bonus/bonus-form-state";
import { listBatches, type BatchRow } from "@/lib/bonus/list-batches";
import { outcomeColumns } from "@/lib/bonus/outcome-file";
import { formatDate } from "@/lib/i18n/format";

import { BatchUploadForm } from "./batch-upload-form";

const batchesPath = `${bonusBackOfficePath}/lotti`;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bonus.batch");
  return { title: t("title") };
}

export default async function BonusBatchesPage() {
  const user = await requirePermission("bonus:read:any", { returnTo: batchesPath });
  const batches = await listBatches();

  const t = await getTranslations("bonus");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();

  const columns: DataTableColumn<BatchRow>[] = [
    { key: "reference", header: t("batch.table.reference"), isRowHeader: true, cell: (row) => row.reference },
    { key: "file", header: t("batch.table.file"), cell: (row) => row.fileName ?? "–" },
    { key: "received", header: t("batch.table.received"), cell: (row) => formatDate(row.receivedOn, locale) },
    { key: "records", header: t("batch.table.records"), cell: (row) => row.recordCount, align: "end" },
    {
      key: "outcome",
      header: t("batch.table.outcome"),
      cell: (row) => (
        <a href={`${batchesPath}/${row.id}/esito`} className="text-brand-800 underline underline-offset-2" download>
          {t("batch.table.download", { reference: row.reference })}
        </a>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t("batch.title")}
        description={t("batch.description")}
        breadcrumb={[{ label: tAreas("backOffice.title"), href: "/back-office" }, { label: t("queue.title"), href: bonusBackOfficePath }, { label: t("batch.title") }]}
      />

      {hasPermission(user, "bonus:update:any") ? <BatchUploadForm /> : null}

      <section aria-labelledby="layout-heading" className="mb-8 rounded-md border border-slate-300 bg-white p-4">
        <h2 id="layout-heading" className="mb-2 text-xl font-bold">
          {t("batch.layout.title")}
        </h2>
        <p className="mb-3">{t("batch.layout.intro")}</p>
        <div role="region" aria-labelledby="layout-heading" tabIndex={0} className="overflow-x-auto">
          <table className="w-full border-collapse text-start">
            <caption className="sr-only">{t("batch.layout.caption")}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2 text-start">{t("batch.layout.column")}</th>
                <th scope="col" className="p-2 text-start">{t("batch.layout.content")}</th>
              </tr>
            </thead>
            <tbody>
              {batchColumns.map((column) => (
                <tr key={column} className="border-t border-slate-300">
                  <th scope="row" className="p-2 text-start font-mono">{column}</th>
                  <td className="p-2">{t(`batch.layout.columns.${column}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="mt-3">{t("batch.layout.example")}</p>
        <pre className="mt-2 overflow-x-auto rounded bg-slate-100 p-2 text-sm" dir="ltr" tabIndex={0} aria-label={t("batch.layout.example")}>
          {`${batchColumns.join(";")}\nSII-2026-000000123;RSSMRA45D25F205N;Rossi;Mario;RSSMRA45D25F205N/Rossi/Mario;1;0;8450,00;INPS-ISEE-2026-00012345-00;2026-01-20;V.le Monza;12/A;20127;Milano;2026-01-01;2026-12-31;DIRETTA;`}
        </pre>
        <h3 className="mt-4 mb-2 text-lg font-bold">{t("batch.layout.outcomeTitle")}</h3>
        <p>{t("batch.layout.outcomeIntro", { columns: outcomeColumns.join(";") })}</p>
      </section>

      <DataTable caption={t("batch.table.caption")} columns={columns} rows={batches} rowKey={(row) => row.id} />
    </>
  );
}
