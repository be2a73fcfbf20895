import "server-only";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { describeRequest } from "@/lib/requests/describe-request";
import { categoryCodeOfKind, type RequestKind } from "@/lib/requests/request-kinds";
import { parseRequest, type FieldErrors, type ParsedRequest } from "@/lib/requests/request-schemas";
import { customerSupplyScope } from "@/lib/supplies/customer-supply-scope";
import { createTicket } from "@/lib/tickets/create-ticket";
import type { ValidUpload } from "@/lib/uploads/validate-uploads";

export type SubmitRequestResult =
  | { ok: true; ticketId: string; protocol: string; dueAt: Date | null; created: boolean }
  /** `formError` is a key under `requests.errors` for a problem that belongs to no single field. */
  | { ok: false; fieldErrors: FieldErrors; formError: string | null };

type CheckedRecords = { supplyId: string | undefined; supplyCode: string | null; billNumber: string | null };

/**
 * Files a customer request of `kind` from the form's values. It validates them and checks that
 * the customer is the holder of the supply, or manages it under an approved mandate, and that
 * the bill belongs to that supply. It then opens the SII ticket of the kind's category through
 * `createTicket`, with the attachments in the same transaction. The idempotency key of the form
 * view makes a repeated submit return the first ticket.
 */
export async function submitCustomerRequest(
  user: Pick<SessionUser, "id" | "roles">,
  kind: RequestKind,
  values: Record<string, string>,
  openedAt: Date = new Date(),
  attachments: readonly ValidUpload[] = [],
): Promise<SubmitRequestResult> {
  const parsed = parseRequest(kind, values);
  if (!parsed.ok) return { ok: false, fieldErrors: parsed.fieldErrors, formError: null };

  const checked = await checkRecords(user.id, parsed.request);
  if ("fieldErrors" in checked) return { ok: false, fieldErrors: checked.fieldErrors, formError: null };

  // A database seeded before bill clarifications had their own category files them as information requests.
  const codes = kind === "billClarification" ? [categoryCodeOfKind[kind], categoryCodeOfKind.information] : [categoryCodeOfKind[kind]];
  const candidates = await db().ticketCategory.findMany({ where: { division: "sii", code: { in: codes }, active: true }, select: { id: true, code: true } });
  const category = codes.map((code) => candidates.find((candidate) => candidate.code === code)).find((candidate) => candidate !== undefined);
  if (!category) {
    const code = categoryCodeOfKind[kind];
    throw new AppError("requests.categoryMissing", `Active SII ticket category "${code}" not found: add or reactivate it in the ticket catalog`, 500);
  }

  const { subject, description } = describeRequest(parsed.request, checked);

  try {
    const { ticket, created } = await createTicket(
      user,
      { openedBy: "selfService", categoryId: category.id, subject, description, supplyId: checked.supplyId, idempotencyKey: parsed.request.data.idempotencyKey },
      openedAt,
      { uploads: attachments },
    );
    return { ok: true, ticketId: ticket.id, protocol: ticket.protocol, dueAt: ticket.dueAt, created };
  } catch (error) {
    // NOTE: createTicket accepts only supplies the customer holds, so a supply managed under a
    // mandate ends here until lib/tickets accepts mandates too.
    if (isAppError(error, "ticket.supplyNotFound")) {
      logger.warn({ userId: user.id, kind, code: error.code }, "request rejected by the ticket domain");
      return { ok: false, fieldErrors: { supplyId: "supplyNotFound" }, formError: null };
    }
    throw error;
  }
}

/** Loads the supply and bill named in the request, scoped to the customer. Another customer's record reads as not found. */
async function checkRecords(userId: string, request: ParsedRequest): Promise<CheckedRecords | { fieldErrors: FieldErrors }> {
  const supplyId = request.data.supplyId;
  if (supplyId === undefined) return { supplyId: undefined, supplyCode: null, billNumber: null };

  const account = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { personId: true } });
  if (!account.personId) return { fieldErrors: { supplyId: "supplyNotFound" } };

  const supply = await db().supply.findFirst({ where: { AND: [{ id: supplyId }, customerSupplyScope(account.personId)] }, select: { supplyCode: true } });
  if (!supply) return { fieldErrors: { supplyId: "supplyNotFound" } };

  if (!("billId" in request.data)) return { supplyId, supplyCode: supply.supplyCode, billNumber: null };

  const bill = await db().bill.findFirst({ where: { id: request.data.billId, supplyId }, select: { number: true } });
  if (!bill) return { fieldErrors: { billId: "billNotOfSupply" } };

  return { supplyId, supplyCode: supply.supplyCode, billNumber: bill.number };
}
