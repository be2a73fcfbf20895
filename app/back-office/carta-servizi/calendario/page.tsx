import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/policy";
import { charterAdminPath, closuresAdminPath } from "@/lib/charter/admin/admin-paths";
import { listCalendarsWithClosures, pastClosuresShown } from "@/lib/charter/admin/calendar-closures";
import { removeClosureAction } from "@/lib/charter/admin/charter-admin-actions";
import { formatDate } from "@/lib/i18n/format";

import { AdminLinks } from "../admin-links";
import { ClosureForm } from "./closure-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("backofficeAdmin.closures");
  return { title: t("title") };
}

/** Returns a closure date (YYYY-MM-DD) as a Date at noon UTC, so formatting in Rome shows the same calendar day. */
function dateOf(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}

export default async function CalendarClosuresPage() {
  const user = await requirePermission("admin:config", { returnTo: closuresAdminPath });
  const calendars = await listCalendarsWithClosures(user);

  const t = await getTranslations("backofficeAdmin");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();

  return (
    <>
      <PageHeader
        title={t("closures.title")}
        description={t("closures.description", { past: pastClosuresShown })}
        breadcrumb={[{ label: tAreas("backOffice.title"), href: "/back-office" }, { label: t("standards.title"), href: charterAdminPath }, { label: t("closures.title") }]}
      />
      <AdminLinks current="closures" />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {calendars.map((calendar) => (
            <section key={calendar.id} aria-labelledby={`calendar-${calendar.id}`} className="rounded-md border border-slate-300 bg-white p-4">
              <h2 id={`calendar-${calendar.id}`} className="text-xl font-bold">
                {calendar.name}
              </h2>
              <p className="mb-3 text-sm text-slate-700">
                {calendar.code}
                {calendar.description ? ` · ${calendar.description}` : null}
              </p>
              {calendar.closures.length === 0 ? (
                <EmptyState title={t("closures.none")} />
              ) : (
                <ul className="divide-y divide-slate-200" data-testid={`closures-${calendar.code}`}>
                  {calendar.closures.map((closure) => (
                    <li key={closure.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                      <span>
                        <time dateTime={closure.date} className="font-semibold">
                          {formatDate(dateOf(closure.date), locale)}
                        </time>{" "}
                        · {closure.reason}
                      </span>
                      {closure.future ? (
                        <form action={removeClosureAction}>
                          <input type="hidden" name="closureId" value={closure.id} />
                          <Button type="submit" variant="secondary" size="sm">
                            {t("closures.remove")}
                            <span className="sr-only"> {formatDate(dateOf(closure.date), locale)}</span>
                          </Button>
                        </form>
                      ) : (
                        <span className="text-sm text-slate-700">{t("closures.past")}</span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
        <ClosureForm calendars={calendars.map((calendar) => ({ value: calendar.id, label: calendar.name }))} />
      </div>
    </>
  );
}
