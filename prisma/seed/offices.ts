import { addAddress } from "./addresses";
import { counterServiceDefinitions } from "./catalogs";
import type { SeedContext } from "./seed-rows";

type Interval = { weekdays: number[]; opens: string; closes: string; appointmentOnly?: boolean };

type OfficeDefinition = {
  code: string;
  division: "sii" | "casa";
  kind: "sportelloClienti" | "sede" | "sportelloTerritoriale";
  name: string;
  street: string;
  houseNumber: number;
  deskCount: number;
  hours: Interval[];
};

const weekdays = [1, 2, 3, 4, 5];

/*
 * DEMO DATA: names, addresses, phone numbers and hours are plausible placeholders on real Milan
 * streets, not MM's published offices. Replace them from MM's contact pages before going live.
 */
const officeDefinitions: OfficeDefinition[] = [
  {
    code: "SII-SPORTELLO-CLIENTI",
    division: "sii",
    kind: "sportelloClienti",
    name: "Sportello Clienti Servizio Idrico",
    street: "Corso di Porta Romana",
    houseNumber: 20,
    deskCount: 6,
    hours: [
      { weekdays, opens: "08:30", closes: "15:30" },
      { weekdays: [4], opens: "15:30", closes: "17:30", appointmentOnly: true },
    ],
  },
  { code: "CASA-SEDE-CENTRO", division: "casa", kind: "sede", name: "Sede Centro", street: "Via Larga", houseNumber: 12, deskCount: 4, hours: sedeHours() },
  { code: "CASA-SEDE-NORD", division: "casa", kind: "sede", name: "Sede Nord", street: "Via Ornato", houseNumber: 7, deskCount: 3, hours: sedeHours() },
  { code: "CASA-SEDE-SUD", division: "casa", kind: "sede", name: "Sede Sud", street: "Via dei Missaglia", houseNumber: 97, deskCount: 3, hours: sedeHours() },
  { code: "CASA-SEDE-EST", division: "casa", kind: "sede", name: "Sede Est", street: "Viale Molise", houseNumber: 60, deskCount: 3, hours: sedeHours() },
  { code: "CASA-SEDE-OVEST", division: "casa", kind: "sede", name: "Sede Ovest", street: "Via Giambellino", houseNumber: 25, deskCount: 3, hours: sedeHours() },
  {
    code: "CASA-SPORTELLO-SAN-SIRO",
    division: "casa",
    kind: "sportelloTerritoriale",
    name: "Sportello territoriale San Siro",
    street: "Piazzale Selinunte",
    houseNumber: 4,
    deskCount: 1,
    hours: [{ weekdays: [2, 4], opens: "09:00", closes: "12:30" }],
  },
  {
    code: "CASA-SPORTELLO-CORVETTO",
    division: "casa",
    kind: "sportelloTerritoriale",
    name: "Sportello territoriale Corvetto",
    street: "Piazzale Corvetto",
    houseNumber: 3,
    deskCount: 1,
    hours: [{ weekdays: [1, 3], opens: "09:00", closes: "12:30" }],
  },
  {
    code: "CASA-SPORTELLO-QUARTO-OGGIARO",
    division: "casa",
    kind: "sportelloTerritoriale",
    name: "Sportello territoriale Quarto Oggiaro",
    street: "Via Pascarella",
    houseNumber: 14,
    deskCount: 1,
    hours: [{ weekdays: [3, 5], opens: "09:00", closes: "12:30" }],
  },
];

/** Mornings Monday to Friday, plus two afternoons by appointment only. */
function sedeHours(): Interval[] {
  return [
    { weekdays, opens: "08:45", closes: "12:30" },
    { weekdays: [2, 4], opens: "14:00", closes: "16:00", appointmentOnly: true },
  ];
}

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** Adds the SII customer counter and the Casa division's 5 sedi and 3 sportelli territoriali. */
export function buildOffices(context: SeedContext, calendarId: string, counterServiceIds: Map<string, string>): Map<string, string> {
  const officeIdsByCode = new Map<string, string>();

  for (const definition of officeDefinitions) {
    const address = addAddress(context, { street: definition.street, houseNumber: definition.houseNumber });
    const officeId = context.random.uuid();
    officeIdsByCode.set(definition.code, officeId);

    context.rows.offices.push({
      id: officeId,
      code: definition.code,
      division: definition.division,
      kind: definition.kind,
      name: definition.name,
      addressId: address.id,
      // The division's toll-free line: SII call center or ERP 24-hour contact center.
      phone: definition.division === "sii" ? "800 021 800" : "800 013 191",
      email: `${definition.code.toLowerCase()}@sportello-mm.test`,
      calendarId,
    });

    for (const interval of definition.hours) {
      for (const weekday of interval.weekdays) {
        context.rows.openingHours.push({
          id: context.random.uuid(),
          officeId,
          weekday,
          opensAtMinute: minutesOf(interval.opens),
          closesAtMinute: minutesOf(interval.closes),
          appointmentOnly: interval.appointmentOnly ?? false,
        });
      }
    }

    for (const service of counterServiceDefinitions) {
      // In the demo, sportelli territoriali offer every Casa service except the change of dwelling, which the sedi handle.
      const offered = service.division === definition.division && !(definition.kind === "sportelloTerritoriale" && service.code === "casaMobility");
      const counterServiceId = counterServiceIds.get(service.code);
      if (offered && counterServiceId) {
        context.rows.officeServices.push({ officeId, counterServiceId });
      }
    }

    for (let desk = 1; desk <= definition.deskCount; desk += 1) {
      context.rows.desks.push({ id: context.random.uuid(), officeId, code: `P${desk}`, label: `Postazione ${desk}` });
    }
  }

  return officeIdsByCode;
}
