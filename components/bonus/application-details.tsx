import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { StatusBadge } from "@/components/ui/status-badge";
import type { BonusApplicationView } from "@/lib/bonus/load-application";
import { formatCalendarDate, formatDateTime, formatMoneyCents } from "@/lib/i18n/format";

const checkTones = { passed: "success", failed: "danger", pending: "warning", waived: "info" } as const;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-md border border-slate-300 bg-white p-4">
      <h2 id={id} className="mb-3 text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Details({ rows }: { rows: Array<[string, ReactNode]> }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Renders a bonus application's household, ISEE, supply, checks, inspections, payments and bill
 * credits. The back office and the CAF that filed it both use it. `showPhotos` adds links to the
 * inspection photos, which only the back office may download.
 */
export async function ApplicationDetails({ application, showPhotos }: { application: BonusApplicationView; showPhotos: boolean }) {
  const t = await getTranslations("bonus");
  const locale = await getLocale();

  const summary: Array<[string, ReactNode]> = [
    [t("detail.source"), application.cafOffice ? `${t(`sources.${application.source}`)} – ${application.cafOffice.name}` : t(`sources.${application.source}`)],
    [t("detail.received"), formatDateTime(application.receivedAt, locale)],
    [t("detail.competenceYear"), application.competenceYear],
    [t("detail.applicant"), `${application.applicantFamilyName} ${application.applicantGivenName} (${application.applicantFiscalCode})`],
    [t("detail.declaredAddress"), application.declaredAddress ?? t("detail.none")],
    [t("detail.isee"), formatMoneyCents(application.iseeCents, locale)],
    [t("detail.dsu"), t("detail.dsuValue", { protocol: application.dsuProtocol, date: formatCalendarDate(application.dsuDate, locale) })],
    [t("detail.dependentChildren"), application.dependentChildren],
    [t("detail.supplyKind"), t(`supplyKinds.${application.supplyKind}`)],
  ];
  if (application.declaredSupplyCode) summary.push([t("detail.declaredSupplyCode"), application.declaredSupplyCode]);
  if (application.declaredDwelling) summary.push([t("detail.dwelling"), application.declaredDwelling]);
  if (application.batch) summary.push([t("detail.batch"), application.batch.reference]);

  const decision: Array<[string, ReactNode]> = [];
  if (application.state === "accepted") {
    decision.push([t("detail.benefitPeriod"), t("detail.period", { from: formatCalendarDate(application.benefitStart!, locale), to: formatCalendarDate(application.benefitEnd!, locale) })]);
    decision.push([t("detail.yearlyAmount"), formatMoneyCents(application.yearlyAmountCents ?? 0, locale)]);
    decision.push([t("detail.supplementaryAmount"), formatMoneyCents(application.supplementaryYearlyAmountCents ?? 0, locale)]);
  }
  if (application.state === "rejected") {
    decision.push([t("detail.rejectionCode"), application.rejectionCode ? t(`rejectionCodes.${application.rejectionCode}`) : t("detail.none")]);
    decision.push([t("detail.rejectionReason"), application.rejectionReason ?? t("detail.none")]);
  }
  if (application.decidedAt) decision.push([t("detail.decidedAt"), `${formatDateTime(application.decidedAt, locale)}${application.decidedBy ? ` – ${application.decidedBy.displayName}` : ""}`]);

  const supply = application.supply;
  const holderName = supply ? (supply.holder.legalName ?? `${supply.holder.familyName ?? ""} ${supply.holder.givenName ?? ""}`.trim()) : "";

  return (
    <div className="space-y-6">
      <Section id="bonus-summary" title={t("detail.summary")}>
        <Details rows={summary} />
      </Section>

      {application.correctionRequest ? (
        <Section id="bonus-correction" title={t("detail.correctionRequest")}>
          <p className="whitespace-pre-line">{application.correctionRequest}</p>
        </Section>
      ) : null}

      {decision.length > 0 ? (
        <Section id="bonus-decision" title={t("detail.decision")}>
          <Details rows={decision} />
        </Section>
      ) : null}

      <Section id="bonus-members" title={t("detail.members", { count: application.memberCount })}>
        <ul className="list-disc ps-6">
          {application.members.map((member) => (
            <li key={member.fiscalCode}>
              {member.familyName} {member.givenName} – {member.fiscalCode}
              {member.isApplicant ? ` (${t("detail.applicantMark")})` : ""}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="bonus-supply" title={t("detail.supply")}>
        {supply ? (
          <Details
            rows={[
              [t("detail.supplyCode"), supply.supplyCode],
              [t("detail.supplyHolder"), holderName],
              [t("detail.supplyAddress"), `${supply.address.street} ${supply.address.houseNumber}, ${supply.address.postalCode}`],
              [t("detail.supplyUseType"), t(`useTypes.${supply.useType}`)],
              [t("detail.supplyState"), t(`supplyStates.${supply.state}`)],
              [t("detail.matchResult"), t(`matchResults.${application.matchResult}`)],
            ]}
          />
        ) : (
          <p>{t(`matchResults.${application.matchResult}`)}</p>
        )}
      </Section>

      <Section id="bonus-checks" title={t("detail.checks")}>
        {application.checks.length === 0 ? (
          <p>{t("detail.noChecks")}</p>
        ) : (
          <ul className="space-y-3">
            {application.checks.map((check) => (
              <li key={check.kind} className="flex flex-wrap items-start gap-3" data-check={check.kind} data-outcome={check.outcome}>
                <StatusBadge tone={checkTones[check.outcome as keyof typeof checkTones] ?? "neutral"} label={t(`checkOutcomes.${check.outcome}`)} />
                <div>
                  <p className="font-semibold">{t(`checks.${check.kind}`)}</p>
                  {check.note ? <p className="text-slate-700">{"text" in check.note ? check.note.text : noteText(t, check.note.key, check.note.values, locale)}</p> : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>

      {application.inspections.length > 0 ? (
        <Section id="bonus-inspections" title={t("detail.inspections")}>
          <ul className="space-y-4">
            {application.inspections.map((inspection) => (
              <li key={inspection.id}>
                <p className="font-semibold">
                  {inspection.scheduledAt ? t("detail.inspectionScheduled", { at: formatDateTime(inspection.scheduledAt, locale), inspector: inspection.inspector?.displayName ?? "" }) : null}
                </p>
                <p>
                  {inspection.outcome
                    ? t("detail.inspectionOutcome", { outcome: t(`inspectionOutcomes.${inspection.outcome}`), at: inspection.performedAt ? formatDateTime(inspection.performedAt, locale) : "" })
                    : t("detail.inspectionOpen")}
                </p>
                {inspection.notes ? <p className="whitespace-pre-line text-slate-700">{inspection.notes}</p> : null}
                {showPhotos && inspection.photos.length > 0 ? (
                  <ul className="mt-1 list-disc ps-6">
                    {inspection.photos.map(({ file }) => (
                      <li key={file.id}>
                        <a href={`/api/files/${file.id}`} className="text-brand-800 underline underline-offset-2">
                          {t("detail.photo", { name: file.fileName })}
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {application.paymentOrders.length > 0 ? (
        <Section id="bonus-payments" title={t("detail.paymentOrders")}>
          <ul className="list-disc ps-6">
            {application.paymentOrders.map((order) => (
              <li key={order.id}>
                {t("detail.paymentOrder", {
                  kind: t(order.supplementary ? "detail.supplementaryBonus" : "detail.nationalBonus"),
                  amount: formatMoneyCents(order.amountCents, locale),
                  due: formatCalendarDate(order.dueBy, locale),
                  state: t(`paymentStates.${order.state}`),
                })}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {application.billLines.length > 0 ? (
        <Section id="bonus-credits" title={t("detail.billCredits")}>
          <ul className="list-disc ps-6">
            {application.billLines.map((line) => (
              <li key={line.id}>
                {t("detail.billCredit", {
                  kind: t(line.kind === "supplementaryBonusCredit" ? "detail.supplementaryBonus" : "detail.nationalBonus"),
                  amount: formatMoneyCents(-line.amountCents, locale),
                  bill: line.bill.number,
                  issued: formatCalendarDate(line.bill.issuedOn, locale),
                })}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </div>
  );
}

type Translator = Awaited<ReturnType<typeof getTranslations<"bonus">>>;

/** Formats an automatic check note from the catalog. Money values arrive in cents and are formatted here. */
function noteText(t: Translator, key: string, values: Record<string, string | number>, locale: Awaited<ReturnType<typeof getLocale>>): string {
  const formatted: Record<string, string | number> = { ...values };
  for (const name of ["thresholdCents", "iseeCents"]) {
    if (typeof values[name] === "number") formatted[name] = formatMoneyCents(values[name], locale);
  }

  const path = `checkNotes.${key}` as Parameters<Translator>[0];
  return t.has(path) ? t(path, formatted) : key;
}
