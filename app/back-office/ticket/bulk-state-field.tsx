"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

import { SelectField } from "@/components/ui/select-field";
import type { TicketState } from "@/lib/generated/prisma/enums";
import { allowedTransitions, ticketStates } from "@/lib/tickets/ticket-states";

type BulkStateFieldProps = { formId: string };

/** Returns the states every checked row may move to. With no row checked, every state stays offered. */
function commonTargets(checkedStates: readonly TicketState[]): Set<TicketState> {
  const targets = new Set<TicketState>(ticketStates);

  for (const state of checkedStates) {
    for (const target of ticketStates) {
      if (!allowedTransitions[state].includes(target)) targets.delete(target);
    }
  }
  return targets;
}

/**
 * Renders the bulk form's state select. It disables the states some checked row cannot move to,
 * reading each row's state from its checkbox. Without JavaScript every state is offered and
 * the server reports the rows the move does not fit.
 */
export function BulkStateField({ formId }: BulkStateFieldProps) {
  const t = useTranslations("backoffice");
  const [checkedStates, setCheckedStates] = useState<TicketState[]>([]);

  useEffect(() => {
    const readChecked = () => {
      const boxes = document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][form="${formId}"]:checked`);
      setCheckedStates(Array.from(boxes, (box) => box.dataset.state as TicketState));
    };

    readChecked();
    document.addEventListener("change", readChecked);
    return () => document.removeEventListener("change", readChecked);
  }, [formId]);

  const targets = commonTargets(checkedStates);
  const options = ticketStates.map((state) => ({ value: state, label: t(`states.${state}`), disabled: !targets.has(state) }));

  return <SelectField id="bulk-to-state" name="toState" label={t("queue.bulk.toState")} hint={t("queue.bulk.toStateHint")} placeholder={t("queue.bulk.chooseState")} options={options} />;
}
