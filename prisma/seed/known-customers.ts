import { buildAccounts } from "./accounts";
import { addAddress } from "./addresses";
import { utcDate } from "./dates";
import type { HousingResult, SeededTenancy } from "./housing";
import { addKnownPerson, personSummary, type PersonSummary } from "./people";
import type { SeedContext } from "./seed-rows";
import { addSupply, type SeededSupply } from "./water";
import { demoIban } from "./water-customers";

export type KnownCustomers = {
  /** Supplies added here: Mario Rossi's, Matteo Moretti's and the tenant-holder's. */
  supplies: SeededSupply[];
  rossiSupply: SeededSupply;
  tenantTenancy: SeededTenancy;
  tenantHolderTenancy: SeededTenancy;
  tenantHolderSupply: SeededSupply;
};

function displayNameOf(person: PersonSummary): string {
  return `${person.givenName} ${person.familyName}`.trim();
}

/**
 * Adds the customers behind the demo accounts. Mario Rossi (`RSSMRA45D25F205N`) is the demo holder.
 * Matteo Moretti (`MRTMTT25D09F205Z`) is a deceased holder whose supply awaits a voltura. A tenant
 * is also the holder of his dwelling's water supply, so both counters apply to him.
 */
export function buildKnownCustomers(
  context: SeedContext,
  options: { housing: HousingResult; condoAdminPersonId: string; passwordHash: string },
): KnownCustomers {
  const rossiAddress = addAddress(context, { street: "Corso Buenos Aires", houseNumber: 45, extra: "Scala B, interno 12" });
  const rossi = addKnownPerson(context, { givenName: "Mario", familyName: "Rossi", sex: "M", birthDate: utcDate(1945, 4, 25), placeCode: "F205", addressId: rossiAddress.id });
  const rossiSupply = addSupply(context, {
    holderId: rossi.id,
    addressId: rossiAddress.id,
    useType: "domesticResident",
    housingUnits: 1,
    residentCount: 2,
    state: "active",
    contractStartOn: utcDate(1998, 3, 1),
    paymentMethod: "sepaDirectDebit",
    directDebitIban: demoIban(context),
    billDelivery: "email",
    billingEmail: "mario.rossi@posta.test",
    yearlyCubicMetres: 118,
    selfReadingRate: 0.7,
  });

  const morettiAddress = addAddress(context, { street: "Via Morgagni" });
  const moretti = addKnownPerson(context, {
    givenName: "Matteo",
    familyName: "Moretti",
    sex: "M",
    birthDate: utcDate(1925, 4, 9),
    placeCode: "F205",
    deceasedOn: utcDate(2025, 9, 10),
    addressId: morettiAddress.id,
  });
  const morettiSupply = addSupply(context, {
    holderId: moretti.id,
    addressId: morettiAddress.id,
    useType: "domesticResident",
    housingUnits: 1,
    residentCount: 1,
    state: "active",
    contractStartOn: utcDate(1972, 6, 1),
    paymentMethod: "pagoPa",
    billDelivery: "paper",
    yearlyCubicMetres: 45,
    selfReadingRate: 0,
  });

  const tenantTenancy = options.housing.tenancies.find((tenancy) => tenancy.buildingIndex === 0);
  const tenantHolderTenancy = options.housing.tenancies.find((tenancy) => tenancy.buildingIndex === 1 && tenancy.memberCount >= 2);
  if (!tenantTenancy || !tenantHolderTenancy) throw new Error("The seed needs occupied dwellings in the first two ERP buildings.");

  // Some ERP dwellings have an individual supply rather than the building's shared one.
  const tenantHolderSupply = addSupply(context, {
    holderId: tenantHolderTenancy.holder.id,
    addressId: tenantHolderTenancy.addressId,
    useType: "domesticResident",
    housingUnits: 1,
    residentCount: tenantHolderTenancy.memberCount,
    state: "active",
    contractStartOn: utcDate(2016, 9, 1),
    paymentMethod: "pagoPa",
    billDelivery: "email",
    billingEmail: context.rows.persons.find((person) => person.id === tenantHolderTenancy.holder.id)?.email ?? undefined,
    yearlyCubicMetres: tenantHolderTenancy.memberCount * 55,
    selfReadingRate: 0.5,
  });

  const condoAdmin = personSummary(context, options.condoAdminPersonId);
  const tenant = personSummary(context, tenantTenancy.holder.id);
  const tenantHolder = personSummary(context, tenantHolderTenancy.holder.id);
  buildAccounts(
    context,
    [
      { email: "titolare@sportello-mm.test", displayName: "Mario Rossi", roles: ["holder"], personId: rossi.id },
      { email: "amministratore@sportello-mm.test", displayName: displayNameOf(condoAdmin), roles: ["condoAdmin"], personId: condoAdmin.id },
      { email: "inquilino@sportello-mm.test", displayName: displayNameOf(tenant), roles: ["tenant"], personId: tenant.id },
      { email: "inquilino.titolare@sportello-mm.test", displayName: displayNameOf(tenantHolder), roles: ["tenant", "holder"], personId: tenantHolder.id },
    ],
    options.passwordHash,
  );

  return { supplies: [rossiSupply, morettiSupply, tenantHolderSupply], rossiSupply, tenantTenancy, tenantHolderTenancy, tenantHolderSupply };
}
