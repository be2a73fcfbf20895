import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { customerSearchLimit } from "@/lib/customers/customer-search";
import { findCustomer, findCustomers } from "@/lib/customers/find-customers";
import { db } from "@/lib/db/client";

import { newFixtures, removeFixtures } from "../tickets/ticket-fixtures";
import { newHousingFixtures, removeHousing, seedCustomer, type SeededCustomer } from "./customer-fixtures";

const fixtures = newFixtures();
const housing = newHousingFixtures();
let customer: SeededCustomer;

beforeAll(async () => {
  customer = await seedCustomer(fixtures, housing);
});

afterAll(async () => {
  await removeHousing(housing);
  await removeFixtures(fixtures);
});

describe("findCustomers", () => {
  it.each([
    ["fiscalCode", () => customer.fiscalCode.toLowerCase()],
    ["supplyCode", () => ` ${customer.supply.supplyCode} `],
    ["contractCode", () => customer.dwelling.contractCode.toLowerCase()],
    ["name", () => `${customer.familyName.toLowerCase()} an`],
    ["address", () => `${customer.street.toLowerCase()} ${customer.houseNumber}`],
  ] as const)("finds the seeded person by %s", async (by, query) => {
    const matches = await findCustomers(["sii", "casa"], { by, q: query() });

    expect(matches.map((match) => match.personId)).toEqual([customer.personId]);
    expect(matches[0]!.name).toBe(`${customer.familyName} Anna`);
  });

  it("finds the tenant by the address of the dwelling's building", async () => {
    const street = `Viale ${customer.street.slice("Via ".length).toLowerCase()}`;
    const matches = await findCustomers(["casa"], { by: "address", q: `${street} 1` });

    expect(matches.map((match) => match.personId)).toEqual([customer.personId]);
  });

  it("limits records to the division", async () => {
    const [forSii] = await findCustomers(["sii"], { by: "fiscalCode", q: customer.fiscalCode });
    const [forCasa] = await findCustomers(["casa"], { by: "fiscalCode", q: customer.fiscalCode });

    expect(forSii!.supplies.map((supply) => supply.supplyCode)).toEqual([customer.supply.supplyCode]);
    expect(forSii!.dwellings).toEqual([]);
    expect(forCasa!.supplies).toEqual([]);
    expect(forCasa!.dwellings).toEqual([
      { id: customer.dwelling.id, code: customer.dwelling.code, contractCode: customer.dwelling.contractCode, address: expect.stringContaining("20135") },
    ]);
  });

  it("returns nothing for an unknown code", async () => {
    expect(await findCustomers(["sii"], { by: "supplyCode", q: "T000000000" })).toEqual([]);
  });

  it("stops at the result limit", async () => {
    const familyName = `Limite${customer.familyName.slice("Verdi".length)}`;
    const extra = await Promise.all(
      Array.from({ length: customerSearchLimit + 2 }, (_, index) =>
        db().person.create({ data: { kind: "natural", fiscalCode: `LIM${customer.fiscalCode.slice(3, 13)}${String(index).padStart(3, "0")}`, familyName, givenName: "Paolo" }, select: { id: true } }),
      ),
    );
    fixtures.personIds.push(...extra.map((person) => person.id));

    const matches = await findCustomers(["sii"], { by: "name", q: familyName });
    expect(matches).toHaveLength(customerSearchLimit);
  });
});

describe("findCustomer", () => {
  it("loads the picked person with the same division rule", async () => {
    const picked = await findCustomer(["sii"], customer.personId);

    expect(picked?.fiscalCode).toBe(customer.fiscalCode);
    expect(picked?.dwellings).toEqual([]);
  });
});
