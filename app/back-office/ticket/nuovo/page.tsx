import { randomUUID } from "node:crypto";

import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { buttonClassName } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { customerSearchKeys, customerSearchSchema } from "@/lib/customers/customer-search";
import { findCustomer, findCustomers, type CustomerMatch } from "@/lib/customers/find-customers";
import { TicketPriority } from "@/lib/generated/prisma/enums";
import type { SearchParams } from "@/lib/pagination";
import { listQueueFilterOptions } from "@/lib/tickets/queue/list-queue-options";
import { operatorChannels } from "@/lib/tickets/queue/new-ticket-form-schema";
import { newTicketPath, queuePath } from "@/lib/tickets/queue/queue-links";
import { queueDivisionsOf } from "@/lib/tickets/queue/queue-scope";
import { requireTicketOperator } from "@/lib/tickets/queue/require-ticket-operator";

import { CustomerResults } from "./customer-results";
import { NewTicketForm } from "./new-ticket-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("backoffice.newTicket");
  return { title: t("title") };
}

function single(value: string | string[] | undefined): string {
  return typeof value === "string" ? value : "";
}

export default async function NewTicketPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireTicketOperator("update", newTicketPath);
  const params = await searchParams;
  const divisions = queueDivisionsOf(user);

  const search = customerSearchSchema.safeParse({ by: single(params.by) || "fiscalCode", q: single(params.q) });
  const matches = search.success ? await findCustomers(divisions, search.data) : null;
  const pickedId = single(params.customer);
  const picked = /^[0-9a-f-]{36}$/i.test(pickedId) ? await findCustomer(divisions, pickedId) : null;
  const { categories } = await listQueueFilterOptions(user);

  const t = await getTranslations("backoffice");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();
  const showDivision = divisions.length > 1;

  const pickHref = (personId: string) => `${newTicketPath}?${new URLSearchParams({ by: single(params.by), q: single(params.q), customer: personId }).toString()}`;

  return (
    <>
      <PageHeader
        title={t("newTicket.title")}
        description={t("newTicket.description")}
        breadcrumb={[{ label: tAreas("backOffice.title"), href: "/back-office" }, { label: t("queue.title"), href: queuePath }, { label: t("newTicket.title") }]}
      />
      <form method="get" action={newTicketPath} role="search" aria-label={t("newTicket.searchLabel")} className="mb-6 grid gap-x-4 md:grid-cols-[16rem_1fr_auto] md:items-end">
        <SelectField
          id="customer-by"
          name="by"
          label={t("newTicket.searchBy")}
          options={customerSearchKeys.map((key) => ({ value: key, label: t(`newTicket.keys.${key}`) }))}
          defaultValue={single(params.by) || "fiscalCode"}
        />
        <TextField id="customer-q" name="q" label={t("newTicket.searchText")} hint={t("newTicket.searchHint")} minLength={2} maxLength={100} defaultValue={single(params.q)} />
        <button type="submit" className={`${buttonClassName("secondary")} mb-5`}>
          {t("newTicket.searchSubmit")}
        </button>
      </form>
      {matches ? <CustomerResults matches={matches} pickHref={pickHref} /> : null}
      {picked ? (
        <section className="rounded-md border border-slate-300 bg-white p-4">
          <p className="mb-4">{t("newTicket.pickedCustomer", { name: picked.name, fiscalCode: picked.fiscalCode })}</p>
          <NewTicketForm
            idempotencyKey={randomUUID()}
            requesterId={picked.personId}
            aboutOptions={aboutOptionsOf(picked, t)}
            categoryOptions={categories.map((category) => ({
              value: category.id,
              label: showDivision ? `${category.labels[locale]} (${t(`divisions.${category.division}`)})` : category.labels[locale],
            }))}
            channelOptions={operatorChannels.map((channel) => ({ value: channel, label: t(`channels.${channel}`) }))}
            priorityOptions={Object.values(TicketPriority).map((priority) => ({ value: priority, label: t(`priorities.${priority}`) }))}
          />
        </section>
      ) : null}
    </>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"backoffice">>>;

/** Lists, as `about` options, the supplies and dwellings of the picked person that the operator's divisions allow. */
function aboutOptionsOf(customer: CustomerMatch, t: Translate) {
  return [
    ...customer.supplies.map((supply) => ({ value: `supply:${supply.id}`, label: t("newTicket.supplyValue", { code: supply.supplyCode, address: supply.address }) })),
    ...customer.dwellings.map((dwelling) => ({
      value: `dwelling:${dwelling.id}`,
      label: t("newTicket.dwellingValue", { code: dwelling.code, contract: dwelling.contractCode, address: dwelling.address }),
    })),
  ];
}
