import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";
import { indemnitiesPath } from "@/lib/bills/bill-links";
import { formatMoneyCents } from "@/lib/i18n/format";
import type { CustomerIndemnityRow } from "@/lib/indemnities/list-customer-indemnities";

/** Tells the customer, on a request's page, the indemnity its missed deadline earned and where it was credited. */
export async function TicketIndemnityNotice({ indemnity }: { indemnity: CustomerIndemnityRow }) {
  const t = await getTranslations("bills.indemnities");
  const locale = await getLocale();
  const amount = formatMoneyCents(indemnity.amountCents, locale);

  let message: string;
  if (indemnity.state === "credited" && indemnity.creditedOn) message = t("ticketNotice.credited", { amount, number: indemnity.creditedOn.billNumber });
  else if (indemnity.state === "exempt") message = t("ticketNotice.exempt", { reason: indemnity.exemptionReason ? t(`exemptionReasons.${indemnity.exemptionReason}`) : "" });
  else if (indemnity.state === "paidOut") message = t("ticketNotice.paidOut", { amount });
  else message = t("ticketNotice.due", { amount });

  return (
    <section aria-labelledby="indemnity-title" className="mb-8" data-testid="ticket-indemnity">
      <h2 id="indemnity-title" className="mb-2 text-xl font-semibold text-slate-900">
        {t("ticketNotice.title")}
      </h2>
      <Alert tone={indemnity.state === "exempt" ? "info" : "success"}>
        <p>{message}</p>
        <p className="mt-2">
          <Link href={indemnitiesPath} className="text-brand-800 underline underline-offset-2">
            {t("ticketNotice.link")}
          </Link>
        </p>
      </Alert>
    </section>
  );
}
