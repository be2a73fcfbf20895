import "server-only";

import { db } from "@/lib/db/client";
import type { ClockState, IndemnityExemption, IndemnityLevel, IndemnityState, StandardUnit } from "@/lib/generated/prisma/client";
import { personNameOf } from "@/lib/tickets/queue/list-ticket-queue";
import { operatorTicketScope, type TicketActor } from "@/lib/tickets/ticket-access";
import { confidentialReporterCategoryCodes, mayViewReporter } from "@/lib/tickets/ticket-view";
import { ticketNotFound } from "@/lib/tickets/ticket-errors";

type AddressView = { street: string; houseNumber: string; postalCode: string; city: string };

/** The requester of a ticket, and the supply or dwelling the ticket concerns. */
export type TicketCustomerPanel = {
  requester: { name: string | null; fiscalCode: string; email: string | null; phone: string | null } | null;
  contactEmail: string | null;
  supply: { supplyCode: string; address: AddressView } | null;
  dwelling: { code: string; floor: number; unit: string; staircase: string | null; buildingAddress: AddressView } | null;
};

/** The service standard running on the ticket, from its latest clock. */
export type TicketServicePanel = {
  standardName: string;
  limitValue: number;
  unit: StandardUnit;
  clockState: ClockState;
  dueAt: Date;
  pausedAt: Date | null;
  stoppedAt: Date | null;
  metStandard: boolean | null;
  /** The indemnity of this clock once the breach job or an exemption created it. */
  indemnity: { level: IndemnityLevel; amountCents: number; state: IndemnityState; exemptionReason: IndemnityExemption | null; exemptionNote: string | null } | null;
} | null;

const addressSelect = { street: true, houseNumber: true, postalCode: true, city: true } as const;

/**
 * Loads the customer and service-standard panels of a ticket the operator may read. A ticket
 * of another division raises `ticket.notFound`, like a missing one.
 */
export async function getTicketContext(
  user: TicketActor,
  ticketId: string,
): Promise<{ customer: TicketCustomerPanel; service: TicketServicePanel; assigneeName: string | null }> {
  const ticket = await db().ticket.findFirst({
    where: { AND: [{ id: ticketId }, operatorTicketScope(user, "read")] },
    select: {
      contactEmail: true,
      assignee: { select: { displayName: true } },
      requester: { select: { givenName: true, familyName: true, legalName: true, fiscalCode: true, email: true, phone: true } },
      // A confidential report has no requester: a supervisor sees its reporter's person instead.
      reporter: { select: { person: { select: { givenName: true, familyName: true, legalName: true, fiscalCode: true, email: true, phone: true } } } },
      category: { select: { code: true } },
      supply: { select: { supplyCode: true, address: { select: addressSelect } } },
      dwelling: { select: { code: true, floor: true, unit: true, staircase: { select: { code: true } }, building: { select: { address: { select: addressSelect } } } } },
      serviceClocks: {
        orderBy: { startedAt: "desc" },
        take: 1,
        select: {
          state: true,
          dueAt: true,
          pausedAt: true,
          stoppedAt: true,
          metStandard: true,
          serviceStandard: { select: { name: true, limitValue: true, unit: true } },
          indemnities: { take: 1, select: { level: true, amountCents: true, state: true, exemptionReason: true, exemptionNote: true } },
        },
      },
    },
  });
  if (!ticket) throw ticketNotFound(ticketId);

  const { supply, dwelling } = ticket;
  const requester = visibleRequesterOf(user, ticket);
  const clock = ticket.serviceClocks[0];

  return {
    assigneeName: ticket.assignee?.displayName ?? null,
    customer: {
      requester: requester ? { name: personNameOf(requester), fiscalCode: requester.fiscalCode, email: requester.email, phone: requester.phone } : null,
      contactEmail: ticket.contactEmail,
      supply: supply ? { supplyCode: supply.supplyCode, address: supply.address } : null,
      dwelling: dwelling
        ? { code: dwelling.code, floor: dwelling.floor, unit: dwelling.unit, staircase: dwelling.staircase?.code ?? null, buildingAddress: dwelling.building.address }
        : null,
    },
    service: clock
      ? {
          standardName: clock.serviceStandard.name,
          limitValue: clock.serviceStandard.limitValue,
          unit: clock.serviceStandard.unit,
          clockState: clock.state,
          dueAt: clock.dueAt,
          pausedAt: clock.pausedAt,
          stoppedAt: clock.stoppedAt,
          metStandard: clock.metStandard,
          indemnity: clock.indemnities[0] ?? null,
        }
      : null,
  };
}

/** Returns the person the panel shows: for a confidential report, the reporter's person to a supervisor and nobody to other operators. */
function visibleRequesterOf<Person>(user: TicketActor, ticket: { requester: Person | null; reporter: { person: Person | null } | null; category: { code: string } }): Person | null {
  if (!confidentialReporterCategoryCodes.includes(ticket.category.code)) return ticket.requester;
  if (!mayViewReporter(user, ticket.category.code)) return null;

  return ticket.requester ?? ticket.reporter?.person ?? null;
}
