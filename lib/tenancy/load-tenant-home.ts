import "server-only";

import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import type { HouseholdRelationship, OfficeKind, RentArea, TenancyContractKind, TenancyState } from "@/lib/generated/prisma/client";
import { findAccountPersonId } from "@/lib/tenancy/find-account-person";
import { tenantTenancyScope } from "@/lib/tenancy/tenant-tenancy-scope";

export type PostalAddressView = { street: string; houseNumber: string; postalCode: string; city: string };

export type CaretakerView = {
  name: string;
  residentOnSite: boolean;
  /** ISO weekdays, 1 is Monday. */
  weekdays: number[];
  /** Minutes after midnight, Europe/Rome; null when no hours are on record. */
  fromMinute: number | null;
  toMinute: number | null;
};

export type OfficeView = {
  name: string;
  kind: OfficeKind;
  address: PostalAddressView;
  phone: string | null;
  email: string | null;
  openingHours: { weekday: number; opensAtMinute: number; closesAtMinute: number; appointmentOnly: boolean }[];
};

/** Everything the tenant's home page shows about their dwelling, contract and household. */
export type TenantHome = {
  dwelling: {
    code: string;
    buildingAddress: PostalAddressView;
    staircase: string | null;
    floor: number;
    unit: string;
    rooms: number | null;
    /** Square metres, as a decimal string ("62.50"). */
    floorArea: string | null;
  };
  tenancy: {
    contractCode: string;
    contractKind: TenancyContractKind;
    state: TenancyState;
    startsOn: Date;
    rentArea: RentArea;
    monthlyRentCents: number;
  };
  household: {
    code: string;
    iseeErpCents: number | null;
    iseeErpValidUntil: Date | null;
    members: { id: string; name: string; relationship: HouseholdRelationship; joinedOn: Date }[];
  };
  caretakers: CaretakerView[];
  office: OfficeView | null;
};

const addressSelect = { street: true, houseNumber: true, postalCode: true, city: true } as const;

/**
 * Loads the home page of the signed-in tenant from their tenancy in force. Returns null when
 * the account has no person or no tenancy in force, which the page shows as a notice.
 */
export async function loadTenantHome(user: Pick<SessionUser, "id">, today: Date = new Date()): Promise<TenantHome | null> {
  const personId = await findAccountPersonId(user.id);
  if (!personId) return null;

  const tenancy = await db().tenancy.findFirst({
    where: tenantTenancyScope(personId),
    orderBy: { startsOn: "desc" },
    select: {
      contractCode: true,
      contractKind: true,
      state: true,
      startsOn: true,
      rentArea: true,
      monthlyRentCents: true,
      dwelling: {
        select: {
          code: true,
          floor: true,
          unit: true,
          rooms: true,
          floorAreaSquareMetres: true,
          staircase: { select: { code: true } },
          building: {
            select: {
              address: { select: addressSelect },
              caretakerAssignments: {
                where: { startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
                orderBy: { startsOn: "asc" },
                select: { residentOnSite: true, presenceWeekdays: true, presenceFromMinute: true, presenceToMinute: true, caretaker: { select: { displayName: true } } },
              },
              office: {
                select: {
                  name: true,
                  kind: true,
                  phone: true,
                  email: true,
                  address: { select: addressSelect },
                  openingHours: {
                    where: { AND: [{ OR: [{ validFrom: null }, { validFrom: { lte: today } }] }, { OR: [{ validTo: null }, { validTo: { gte: today } }] }] },
                    orderBy: [{ weekday: "asc" }, { opensAtMinute: "asc" }],
                    select: { weekday: true, opensAtMinute: true, closesAtMinute: true, appointmentOnly: true },
                  },
                },
              },
            },
          },
        },
      },
      household: {
        select: {
          code: true,
          iseeErpCents: true,
          iseeErpValidUntil: true,
          members: {
            where: { leftOn: null },
            orderBy: [{ joinedOn: "asc" }, { id: "asc" }],
            select: { id: true, relationship: true, joinedOn: true, person: { select: { givenName: true, familyName: true } } },
          },
        },
      },
    },
  });
  if (!tenancy) return null;

  const { dwelling, household } = tenancy;
  const { building } = dwelling;

  return {
    dwelling: {
      code: dwelling.code,
      buildingAddress: building.address,
      staircase: dwelling.staircase?.code ?? null,
      floor: dwelling.floor,
      unit: dwelling.unit,
      rooms: dwelling.rooms,
      floorArea: dwelling.floorAreaSquareMetres?.toFixed(2) ?? null,
    },
    tenancy: {
      contractCode: tenancy.contractCode,
      contractKind: tenancy.contractKind,
      state: tenancy.state,
      startsOn: tenancy.startsOn,
      rentArea: tenancy.rentArea,
      monthlyRentCents: tenancy.monthlyRentCents,
    },
    household: {
      code: household.code,
      iseeErpCents: household.iseeErpCents,
      iseeErpValidUntil: household.iseeErpValidUntil,
      members: household.members.map((member) => ({
        id: member.id,
        name: [member.person.givenName, member.person.familyName].filter(Boolean).join(" "),
        relationship: member.relationship,
        joinedOn: member.joinedOn,
      })),
    },
    caretakers: building.caretakerAssignments.map((assignment) => ({
      name: assignment.caretaker.displayName,
      residentOnSite: assignment.residentOnSite,
      weekdays: assignment.presenceWeekdays,
      fromMinute: assignment.presenceFromMinute,
      toMinute: assignment.presenceToMinute,
    })),
    office: building.office,
  };
}
