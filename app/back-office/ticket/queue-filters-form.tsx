import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

import { buttonClassName } from "@/components/ui/button";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { Channel, TicketNature, TicketPriority } from "@/lib/generated/prisma/enums";
import type { CategoryOption, TeamOption } from "@/lib/tickets/queue/list-queue-options";
import { queueSorts, slaFilters, type QueueFilters } from "@/lib/tickets/queue/queue-filters";
import { queuePath } from "@/lib/tickets/queue/queue-links";
import { ticketStates } from "@/lib/tickets/ticket-states";

type QueueFiltersFormProps = {
  filters: QueueFilters;
  categories: readonly CategoryOption[];
  teams: readonly TeamOption[];
  /** True for a supervisor, whose options mix both divisions and so name theirs. */
  showDivision: boolean;
};

/** Renders the queue's filters as a GET form, so they work without JavaScript and stay in the URL. */
export async function QueueFiltersForm({ filters, categories, teams, showDivision }: QueueFiltersFormProps) {
  const t = await getTranslations("backoffice");
  const locale = await getLocale();

  const withDivision = (label: string, division: "sii" | "casa") => (showDivision ? `${label} (${t(`divisions.${division}`)})` : label);
  const enumOptions = (values: readonly string[], group: "states" | "natures" | "channels" | "priorities"): SelectOption[] =>
    values.map((value) => ({ value, label: t(`${group}.${value}` as Parameters<typeof t>[0]) }));

  const categoryOptions = categories.map((category) => ({ value: category.id, label: withDivision(category.labels[locale], category.division) }));
  const teamOptions = teams.map((team) => ({ value: team.id, label: withDivision(team.name, team.division) }));
  const assigneeOptions = [
    { value: "mine", label: t("queue.filters.assigneeMine") },
    { value: "unassigned", label: t("queue.filters.assigneeUnassigned") },
  ];
  const slaOptions = slaFilters.map((sla) => ({ value: sla, label: t(`queue.sla.${sla}`) }));
  const sortOptions = queueSorts.map((sort) => ({ value: sort, label: t(`queue.sorts.${sort}`) }));
  const field = "mb-0";

  return (
    <form method="get" action={queuePath} role="search" aria-labelledby="queue-filters-legend" className="mb-6 rounded-md border border-slate-300 bg-white p-4">
      <h2 id="queue-filters-legend" className="mb-4 text-lg font-bold">
        {t("queue.filters.legend")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <TextField id="filter-q" name="q" type="search" label={t("queue.filters.q")} hint={t("queue.filters.qHint")} defaultValue={filters.q ?? ""} className={field} />
        <SelectField id="filter-state" name="state" label={t("queue.filters.state")} placeholder={t("queue.filters.stateOpen")} options={enumOptions(ticketStates, "states")} defaultValue={filters.state ?? ""} className={field} />
        <SelectField id="filter-category" name="category" label={t("queue.filters.category")} placeholder={t("queue.filters.any")} options={categoryOptions} defaultValue={filters.category ?? ""} className={field} />
        <SelectField id="filter-nature" name="nature" label={t("queue.filters.nature")} placeholder={t("queue.filters.any")} options={enumOptions(Object.values(TicketNature), "natures")} defaultValue={filters.nature ?? ""} className={field} />
        <SelectField id="filter-channel" name="channel" label={t("queue.filters.channel")} placeholder={t("queue.filters.any")} options={enumOptions(Object.values(Channel), "channels")} defaultValue={filters.channel ?? ""} className={field} />
        <SelectField id="filter-priority" name="priority" label={t("queue.filters.priority")} placeholder={t("queue.filters.any")} options={enumOptions(Object.values(TicketPriority), "priorities")} defaultValue={filters.priority ?? ""} className={field} />
        <SelectField id="filter-assignee" name="assignee" label={t("queue.filters.assignee")} placeholder={t("queue.filters.any")} options={assigneeOptions} defaultValue={filters.assignee === "mine" || filters.assignee === "unassigned" ? filters.assignee : ""} className={field} />
        <SelectField id="filter-team" name="team" label={t("queue.filters.team")} placeholder={t("queue.filters.any")} options={teamOptions} defaultValue={filters.team ?? ""} className={field} />
        <SelectField id="filter-sla" name="sla" label={t("queue.filters.sla")} placeholder={t("queue.filters.any")} options={slaOptions} defaultValue={filters.sla ?? ""} className={field} />
        <TextField id="filter-opened-from" name="openedFrom" type="date" label={t("queue.filters.openedFrom")} defaultValue={filters.openedFrom ?? ""} className={field} />
        <TextField id="filter-opened-to" name="openedTo" type="date" label={t("queue.filters.openedTo")} defaultValue={filters.openedTo ?? ""} className={field} />
        <SelectField id="filter-sort" name="sort" label={t("queue.filters.sort")} options={sortOptions} defaultValue={filters.sort} className={field} />
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="submit" className={buttonClassName("primary")}>
          {t("queue.filters.apply")}
        </button>
        <Link href={queuePath} className={buttonClassName("quiet")}>
          {t("queue.filters.reset")}
        </Link>
      </div>
    </form>
  );
}
