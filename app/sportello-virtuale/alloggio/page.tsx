import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/policy";
import { formatCalendarDate, formatMoneyCents } from "@/lib/i18n/format";
import { formatClockMinutes, weekdayName } from "@/lib/tenancy/format-hours";
import { loadTenantHome } from "@/lib/tenancy/load-tenant-home";
import { tenantPaths } from "@/lib/tenancy/tenant-paths";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tenant.home");
  return { title: t("title") };
}

function Facts({ rows, testId }: { rows: [string, ReactNode][]; testId?: string }) {
  return (
    <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]" data-testid={testId}>
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-md border-2 border-slate-300 p-4">
      <h2 id={id} className="text-xl font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function TenantHomePage() {
  const user = await requirePermission("tenancy:read:own", { returnTo: tenantPaths.dwelling });

  const home = await loadTenantHome(user);

  const t = await getTranslations("tenant");
  const tAreas = await getTranslations("areas");
  const locale = await getLocale();
  const breadcrumb = [{ label: tAreas("erp.title"), href: tenantPaths.home }, { label: t("home.title") }];

  if (!home) {
    return (
      <>
        <PageHeader title={t("home.title")} breadcrumb={breadcrumb} />
        <Alert tone="info">{t("home.noTenancy")}</Alert>
      </>
    );
  }

  const { dwelling, tenancy, household, caretakers, office } = home;
  const address = `${dwelling.buildingAddress.street} ${dwelling.buildingAddress.houseNumber}, ${dwelling.buildingAddress.postalCode} ${dwelling.buildingAddress.city}`;

  return (
    <>
      <PageHeader title={t("home.title")} description={t("home.description")} breadcrumb={breadcrumb} />

      <div className="grid gap-6 lg:grid-cols-2">
        <Card id="dwelling-title" title={t("dwelling.title")}>
          <Facts
            testId="dwelling-facts"
            rows={[
              [t("dwelling.address"), address],
              [t("dwelling.staircase"), dwelling.staircase ?? t("notGiven")],
              [t("dwelling.floor"), dwelling.floor === 0 ? t("dwelling.groundFloor") : String(dwelling.floor)],
              [t("dwelling.unit"), dwelling.unit],
              [t("dwelling.size"), dwelling.floorArea ? t("dwelling.squareMetres", { area: Number(dwelling.floorArea) }) : t("notGiven")],
              [t("dwelling.rooms"), dwelling.rooms === null ? t("notGiven") : String(dwelling.rooms)],
              [t("dwelling.code"), dwelling.code],
            ]}
          />
        </Card>

        <Card id="tenancy-title" title={t("tenancy.title")}>
          <Facts
            testId="tenancy-facts"
            rows={[
              [t("tenancy.contractCode"), tenancy.contractCode],
              [t("tenancy.contractKind"), t(`contractKinds.${tenancy.contractKind}`)],
              [t("tenancy.startsOn"), formatCalendarDate(tenancy.startsOn, locale)],
              [t("tenancy.state"), t(`tenancyStates.${tenancy.state}`)],
              [t("tenancy.monthlyRent"), formatMoneyCents(tenancy.monthlyRentCents, locale)],
              [t("tenancy.rentArea"), t(`rentAreas.${tenancy.rentArea}`)],
              [t("tenancy.iseeErp"), household.iseeErpCents === null ? t("notGiven") : formatMoneyCents(household.iseeErpCents, locale)],
              [t("tenancy.iseeErpValidUntil"), household.iseeErpValidUntil ? formatCalendarDate(household.iseeErpValidUntil, locale) : t("notGiven")],
            ]}
          />
          <p className="mt-3 text-sm text-slate-700">{t("tenancy.rentAreaExplained")}</p>
        </Card>

        <Card id="household-title" title={t("household.title")}>
          <ul className="mt-3 space-y-2" data-testid="household-members">
            {household.members.map((member) => (
              <li key={member.id}>
                <span className="font-semibold">{member.name}</span> · {t(`relationships.${member.relationship}`)} ·{" "}
                {t("household.since", { date: formatCalendarDate(member.joinedOn, locale) })}
              </li>
            ))}
          </ul>
          <p className="mt-3">
            <a href={tenantPaths.household} className="text-brand-800 underline underline-offset-2">
              {t("household.changeLink")}
            </a>
          </p>
        </Card>

        <Card id="caretaker-title" title={t("caretaker.title")}>
          {caretakers.length === 0 ? (
            <p className="mt-3">{t("caretaker.none")}</p>
          ) : (
            <ul className="mt-3 space-y-3" data-testid="caretakers">
              {caretakers.map((caretaker) => (
                <li key={caretaker.name}>
                  <p className="font-semibold">{caretaker.name}</p>
                  <p>{caretaker.residentOnSite ? t("caretaker.resident") : t("caretaker.visiting")}</p>
                  <p>
                    {caretaker.weekdays.length > 0 && caretaker.fromMinute !== null && caretaker.toMinute !== null
                      ? t("caretaker.hours", {
                          days: caretaker.weekdays.map((weekday) => weekdayName(weekday, locale)).join(", "),
                          from: formatClockMinutes(caretaker.fromMinute),
                          to: formatClockMinutes(caretaker.toMinute),
                        })
                      : t("caretaker.noHours")}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>

        <Card id="office-title" title={t("office.title")}>
          {office ? (
            <div data-testid="office">
              <p className="mt-3 font-semibold">{office.name}</p>
              <p>{`${office.address.street} ${office.address.houseNumber}, ${office.address.postalCode} ${office.address.city}`}</p>
              {office.phone ? <p>{t("office.phone", { phone: office.phone })}</p> : null}
              {office.email ? <p>{t("office.email", { email: office.email })}</p> : null}
              <h3 className="mt-3 font-semibold">{t("office.openingHours")}</h3>
              <ul className="mt-1 space-y-1">
                {office.openingHours.map((hours) => (
                  <li key={`${hours.weekday}-${hours.opensAtMinute}`}>
                    {weekdayName(hours.weekday, locale)}: {formatClockMinutes(hours.opensAtMinute)}–{formatClockMinutes(hours.closesAtMinute)}
                    {hours.appointmentOnly ? ` (${t("office.appointmentOnly")})` : ""}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="mt-3">{t("office.none")}</p>
          )}
        </Card>

        <Card id="emergency-title" title={t("emergency.title")}>
          <p className="mt-3">{t("emergency.contactCenter")}</p>
          <p className="mt-1">{t("emergency.services")}</p>
        </Card>
      </div>
    </>
  );
}
