import { getTranslations } from "next-intl/server";

import { buttonClassName } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import type { OperatorOption, TeamOption } from "@/lib/tickets/queue/list-queue-options";
import { bulkAssignAction, bulkStateAction } from "@/lib/tickets/queue/ticket-actions";

import { BulkStateField } from "./bulk-state-field";

/** Id of the bulk form; the queue rows' checkboxes point at it through their `form` attribute. */
export const bulkFormId = "bulk-actions";

type BulkActionsFormProps = {
  operators: readonly OperatorOption[];
  teams: readonly TeamOption[];
  returnQuery: string;
};

/** Renders the bulk assignment and state change for the rows checked in the queue table. */
export async function BulkActionsForm({ operators, teams, returnQuery }: BulkActionsFormProps) {
  const t = await getTranslations("backoffice.queue.bulk");

  const assignOptions = [
    { value: "me", label: t("assignToMe") },
    ...operators.map((operator) => ({ value: `user:${operator.id}`, label: t("assignToOperator", { name: operator.displayName }) })),
    ...teams.map((team) => ({ value: `team:${team.id}`, label: t("assignToTeam", { name: team.name }) })),
  ];

  return (
    <form id={bulkFormId} aria-labelledby="bulk-heading" className="mb-6 rounded-md border border-slate-300 bg-white p-4">
      <h2 id="bulk-heading" className="mb-1 text-xl font-bold">
        {t("heading")}
      </h2>
      <p className="mb-4 text-sm">{t("description")}</p>
      <input type="hidden" name="returnQuery" value={returnQuery} />
      <div className="grid gap-6 md:grid-cols-2">
        <fieldset>
          <legend className="mb-2 font-semibold">{t("assignLegend")}</legend>
          <SelectField id="bulk-assign-to" name="assignTo" label={t("assignTo")} placeholder={t("chooseAssignee")} options={assignOptions} />
          <button type="submit" formAction={bulkAssignAction} className={buttonClassName("secondary")}>
            {t("assignSubmit")}
          </button>
        </fieldset>
        <fieldset>
          <legend className="mb-2 font-semibold">{t("stateLegend")}</legend>
          <BulkStateField formId={bulkFormId} />
          <TextareaField id="bulk-reason" name="reason" label={t("reason")} hint={t("reasonHint")} rows={2} maxLength={2000} />
          <button type="submit" formAction={bulkStateAction} className={buttonClassName("secondary")}>
            {t("stateSubmit")}
          </button>
        </fieldset>
      </div>
    </form>
  );
}
