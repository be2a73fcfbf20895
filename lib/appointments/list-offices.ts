import "server-only";

import { db } from "@/lib/db/client";
import type { Division } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";

/** An office as the booking pages show it. */
export type OfficeSummary = {
  id: string;
  code: string;
  name: string;
  kind: "sportelloClienti" | "sede" | "sportelloTerritoriale";
  address: string;
  phone: string | null;
  email: string | null;
  deskCount: number;
  openingHours: Array<{ weekday: number; opensAtMinute: number; closesAtMinute: number; appointmentOnly: boolean }>;
  services: Array<{ id: string; code: string; label: string; minutes: number }>;
};

/** Returns the service label in the visitor's language, falling back to Italian. */
export function serviceLabel(service: { labelIt: string; labelEn: string; labelAr: string }, locale: Locale): string {
  if (locale === "en") return service.labelEn || service.labelIt;
  if (locale === "ar") return service.labelAr || service.labelIt;
  return service.labelIt;
}

/** Lists the active offices of a division with their address, opening hours, services and number of active desks. */
export async function listOffices(division: Division, locale: Locale): Promise<OfficeSummary[]> {
  const offices = await db().office.findMany({
    where: { division, active: true },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      phone: true,
      email: true,
      address: { select: { street: true, houseNumber: true, postalCode: true, city: true } },
      openingHours: { orderBy: [{ weekday: "asc" }, { opensAtMinute: "asc" }], select: { weekday: true, opensAtMinute: true, closesAtMinute: true, appointmentOnly: true } },
      services: { where: { counterService: { active: true } }, select: { counterService: { select: { id: true, code: true, labelIt: true, labelEn: true, labelAr: true, appointmentMinutes: true } } } },
      _count: { select: { desks: { where: { active: true } } } },
    },
  });

  return offices.map((office) => ({
    id: office.id,
    code: office.code,
    name: office.name,
    kind: office.kind,
    address: `${office.address.street} ${office.address.houseNumber}, ${office.address.postalCode} ${office.address.city}`,
    phone: office.phone,
    email: office.email,
    deskCount: office._count.desks,
    openingHours: office.openingHours,
    services: office.services
      .map(({ counterService }) => ({ id: counterService.id, code: counterService.code, label: serviceLabel(counterService, locale), minutes: counterService.appointmentMinutes }))
      .sort((left, right) => left.label.localeCompare(right.label)),
  }));
}
