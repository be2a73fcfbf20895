"use client";

import { useTranslations } from "next-intl";

import { Alert } from "@/components/ui/alert";
import type { TicketFormState } from "@/lib/tickets/queue/ticket-form-state";

/**
 * Renders the outcome of a failed ticket form: the error's sentence, and after a conflict the
 * state now stored, so the operator sees what changed before trying again.
 */
export function FormOutcome({ state, ticketPath }: { state: TicketFormState; ticketPath: string }) {
  const t = useTranslations("backoffice");

  if (state.status !== "error" && state.status !== "conflict") return null;
  if (!state.errorCode) return null;

  return (
    <Alert tone="error" live className="mb-4">
      <p data-testid="form-error">{t(`ticket.errors.${state.errorCode}` as Parameters<typeof t>[0])}</p>
      {state.status === "conflict" && state.current ? (
        <p className="mt-2">
          {t("ticket.conflictCurrent", { state: t(`states.${state.current.state}`) })}{" "}
          <a href={ticketPath} className="text-brand-800 underline underline-offset-2">
            {t("ticket.reload")}
          </a>
        </p>
      ) : null}
    </Alert>
  );
}
