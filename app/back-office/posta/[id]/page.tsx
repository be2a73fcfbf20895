import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/policy";
import { outboxEmailPath, outboxPath } from "@/lib/charter/admin/admin-paths";
import { formatDateTime } from "@/lib/i18n/format";
import { getOutboxEmail } from "@/lib/notifications/outbox-page";

type OutboxEmailPageProps = { params: Promise<{ id: string }> };

async function loadEmail(id: string) {
  const user = await requirePermission("admin:config", { returnTo: outboxEmailPath(id) });
  const email = await getOutboxEmail(user, id);
  if (!email) notFound();

  return email;
}

export async function generateMetadata({ params }: OutboxEmailPageProps): Promise<Metadata> {
  const email = await loadEmail((await params).id);
  const t = await getTranslations("backofficeAdmin.outbox");
  return { title: t("messageTitle", { subject: email.subject }) };
}

export default async function OutboxEmailPage({ params }: OutboxEmailPageProps) {
  const email = await loadEmail((await params).id);

  const t = await getTranslations("backofficeAdmin.outbox");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();

  const facts: Array<[string, string]> = [
    [t("columns.to"), email.toAddress],
    [t("columns.language"), email.locale],
    [t("columns.ticket"), email.ticketProtocol ?? t("noTicket")],
    [t("columns.createdAt"), formatDateTime(email.createdAt, locale)],
    [t("columns.state"), t(`states.${email.state}`)],
    [t("columns.attempts"), String(email.attempts)],
  ];
  if (email.sentAt) facts.push([t("columns.sentAt"), formatDateTime(email.sentAt, locale)]);
  if (email.lastError) facts.push([t("columns.lastError"), email.lastError]);

  return (
    <>
      <PageHeader
        title={email.subject}
        breadcrumb={[{ label: tAreas("backOffice.title"), href: "/back-office" }, { label: t("title"), href: outboxPath }, { label: t("message") }]}
      />
      <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-md border border-slate-300 bg-white p-4">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="body-heading">
        <h2 id="body-heading" className="mb-2 text-xl font-bold">
          {t("body")}
        </h2>
        <pre lang={email.locale} dir={email.locale === "ar" ? "rtl" : "ltr"} data-testid="outbox-body" className="whitespace-pre-wrap rounded-md border border-slate-300 bg-white p-4 font-sans">
          {email.textBody}
        </pre>
      </section>
    </>
  );
}
