import { getTranslations } from "next-intl/server";

import type { TicketCustomerPanel } from "@/lib/tickets/queue/get-ticket-context";

/** Renders who the ticket is about and the supply or dwelling it concerns. */
export async function CustomerPanel({ customer }: { customer: TicketCustomerPanel }) {
  const t = await getTranslations("backoffice.ticket.customer");
  const { requester, supply, dwelling, contactEmail } = customer;

  const rows: Array<[string, string]> = [];
  if (requester) {
    rows.push([t("name"), requester.name ?? t("notGiven")]);
    rows.push([t("fiscalCode"), requester.fiscalCode]);
    rows.push([t("email"), requester.email ?? t("notGiven")]);
    rows.push([t("phone"), requester.phone ?? t("notGiven")]);
  }
  if (contactEmail) rows.push([t("contactEmail"), contactEmail]);
  if (supply) {
    rows.push([t("supply"), supply.supplyCode]);
    rows.push([t("supplyAddress"), t("address", supply.address)]);
  }
  if (dwelling) {
    const place = dwelling.staircase
      ? t("dwellingPlace", { staircase: dwelling.staircase, floor: dwelling.floor, unit: dwelling.unit })
      : t("dwellingPlaceNoStaircase", { floor: dwelling.floor, unit: dwelling.unit });
    rows.push([t("dwelling"), `${dwelling.code} · ${place}`]);
    rows.push([t("buildingAddress"), t("address", dwelling.buildingAddress)]);
  }

  return (
    <section aria-labelledby="customer-heading" className="rounded-md border border-slate-300 bg-white p-4">
      <h2 id="customer-heading" className="mb-3 text-xl font-bold">
        {t("heading")}
      </h2>
      {requester ? null : <p className="mb-2">{t("none")}</p>}
      {rows.length > 0 ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  );
}
