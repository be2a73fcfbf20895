import { getLocale, getTranslations } from "next-intl/server";

import type { Locale } from "@/lib/i18n/config";
import { formatDateTime, formatMoneyCents } from "@/lib/i18n/format";
import type { TicketServicePanel } from "@/lib/tickets/queue/get-ticket-context";

/** Renders the service standard that applies to the ticket, its due date, the clock's state and any indemnity. */
export async function ServicePanel({ service }: { service: TicketServicePanel }) {
  const t = await getTranslations("backoffice.ticket.service");
  const locale = await getLocale();

  const rows: Array<[string, string]> = [];
  if (service) {
    rows.push([t("standard"), service.standardName]);
    rows.push([t("limit"), t(`units.${service.unit}`, { value: service.limitValue })]);
    rows.push([t("dueAt"), formatDateTime(service.dueAt, locale)]);
    rows.push([t("clockState"), t(`clockStates.${service.clockState}`)]);
    if (service.pausedAt) rows.push([t("pausedAt"), formatDateTime(service.pausedAt, locale)]);
    if (service.stoppedAt) rows.push([t("stoppedAt"), formatDateTime(service.stoppedAt, locale)]);
    if (service.metStandard !== null) rows.push([t("outcome"), service.metStandard ? t("met") : t("missed")]);

    const indemnity = service.indemnity;
    if (indemnity) {
      const amount = formatMoneyCents(indemnity.amountCents, locale as Locale);
      rows.push([t("indemnity"), t("indemnityValue", { amount, level: t(`indemnityLevels.${indemnity.level}`), state: t(`indemnityStates.${indemnity.state}`) })]);
      if (indemnity.exemptionReason) rows.push([t("exemptionReason"), t(`exemptionReasons.${indemnity.exemptionReason}`)]);
      if (indemnity.exemptionNote) rows.push([t("exemptionNote"), indemnity.exemptionNote]);
    }
  }

  return (
    <section aria-labelledby="service-heading" className="rounded-md border border-slate-300 bg-white p-4">
      <h2 id="service-heading" className="mb-3 text-xl font-bold">
        {t("heading")}
      </h2>
      {service ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1" data-testid="service-panel">
          {rows.map(([label, value], index) => (
            <div key={index} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>{t("none")}</p>
      )}
    </section>
  );
}
