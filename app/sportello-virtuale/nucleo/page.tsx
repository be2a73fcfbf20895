import { randomUUID } from "node:crypto";

import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/policy";
import { formatCalendarDate, formatDate } from "@/lib/i18n/format";
import { submitHouseholdChangeAction } from "@/lib/household/household-actions";
import { listOwnHouseholdChanges } from "@/lib/household/list-household-changes";
import { loadTenantHome } from "@/lib/tenancy/load-tenant-home";
import { tenantPaths } from "@/lib/tenancy/tenant-paths";

import { HouseholdChangeForm } from "./household-change-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("household.changes");
  return { title: t("title") };
}

export default async function HouseholdPage() {
  const user = await requirePermission("tenancy:read:own", { returnTo: tenantPaths.household });

  const home = await loadTenantHome(user);
  const requests = await listOwnHouseholdChanges(user);

  const t = await getTranslations("household");
  const tTenant = await getTranslations("tenant");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();
  const breadcrumb = [{ label: tAreas("erp.title"), href: tenantPaths.home }, { label: t("changes.title") }];

  if (!home) {
    return (
      <>
        <PageHeader title={t("changes.title")} breadcrumb={breadcrumb} />
        <Alert tone="info">{tTenant("home.noTenancy")}</Alert>
      </>
    );
  }

  const members = home.household.members.map((member) => ({ value: member.id, label: `${member.name} (${tTenant(`relationships.${member.relationship}`)})`, holder: member.relationship === "holder" }));

  return (
    <>
      <PageHeader title={t("changes.title")} description={t("changes.description")} breadcrumb={breadcrumb} />

      <section aria-labelledby="members-title" className="mb-8">
        <h2 id="members-title" className="text-xl font-semibold text-slate-900">
          {t("changes.membersTitle")}
        </h2>
        <ul className="mt-2 space-y-1" data-testid="household-members">
          {home.household.members.map((member) => (
            <li key={member.id}>
              <span className="font-semibold">{member.name}</span> · {tTenant(`relationships.${member.relationship}`)} ·{" "}
              {tTenant("household.since", { date: formatCalendarDate(member.joinedOn, locale) })}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="requests-title" className="mb-8">
        <h2 id="requests-title" className="text-xl font-semibold text-slate-900">
          {t("changes.requestsTitle")}
        </h2>
        {requests.length === 0 ? (
          <p className="mt-2">{t("changes.noRequests")}</p>
        ) : (
          <ul className="mt-2 space-y-3" data-testid="household-requests">
            {requests.map((request) => (
              <li key={request.id} className="rounded-md border border-slate-300 p-3">
                <p className="font-semibold">
                  {request.protocol} · {t(`kinds.${request.change}`)} · {request.memberName}
                </p>
                <p className="mt-1 flex flex-wrap items-center gap-2">
                  <StatusBadge status={request.state} label={t(`states.${request.state}`)} />
                  <span>{t("changes.effectiveOnValue", { date: formatCalendarDate(request.effectiveOn, locale) })}</span>
                  {request.submittedAt ? <span>{t("changes.submittedOn", { date: formatDate(request.submittedAt, locale) })}</span> : null}
                </p>
                {request.rejectionReason ? <p className="mt-1">{t("changes.rejectionReason", { reason: request.rejectionReason })}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="new-change-title">
        <h2 id="new-change-title" className="mb-2 text-xl font-semibold text-slate-900">
          {t("changes.formTitle")}
        </h2>
        <p className="mb-4">{t("changes.formIntro")}</p>
        <HouseholdChangeForm idempotencyKey={randomUUID()} members={members.filter((member) => !member.holder)} action={submitHouseholdChangeAction} />
      </section>
    </>
  );
}
