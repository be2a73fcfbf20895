import { getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { defaultPeriodDays, maxPeriodDays, type DashboardPeriod } from "@/lib/dashboard/dashboard-period";
import { dashboardPath } from "@/lib/dashboard/load-dashboard";
import { formatCalendarDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";

type PeriodFormProps = {
  period: DashboardPeriod;
  /** The dates as the user typed them, kept in the fields when they were rejected. */
  requested: { from: string; to: string };
  locale: Locale;
};

/** Renders the period selector, a GET form so every period has its own address, and the period shown. */
export async function PeriodForm({ period, requested, locale }: PeriodFormProps) {
  const t = await getTranslations("dashboard.period");
  const problem = period.problem;
  const fromError = problem === "invalidFrom" || problem === "fromAfterTo" || problem === "tooLong" ? t(`problems.${problem}`, { maxDays: maxPeriodDays }) : undefined;
  const toError = problem === "invalidTo" ? t("problems.invalidTo") : undefined;

  return (
    <section aria-labelledby="dashboard-period" className="mb-8 space-y-4">
      {problem ? <Alert tone="error" title={t("problems.title", { days: defaultPeriodDays })}>{fromError ?? toError}</Alert> : null}
      <form method="get" action={dashboardPath} className="rounded-md border border-slate-300 p-4">
        <fieldset>
          <legend id="dashboard-period" className="text-lg font-semibold text-slate-900">
            {t("legend")}
          </legend>
          <p className="mt-1 text-slate-700">
            {t("hint", { maxDays: maxPeriodDays })}
          </p>
          <div className="mt-3 flex flex-wrap items-end gap-4">
            <TextField id="period-from" name="dal" type="date" label={t("from")} defaultValue={problem ? requested.from : period.from} error={fromError} />
            <TextField id="period-to" name="al" type="date" label={t("to")} defaultValue={problem ? requested.to : period.to} error={toError} />
            <Button type="submit" className="mb-1">
              {t("submit")}
            </Button>
          </div>
        </fieldset>
      </form>
      <p className="text-slate-900" data-testid="dashboard-period">
        {t("current", { from: formatCalendarDate(period.from, locale), to: formatCalendarDate(period.to, locale) })}
      </p>
    </section>
  );
}
