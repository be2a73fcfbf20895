import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { isValidCodiceFiscale } from "@/lib/identifiers/codice-fiscale";
import { isValidIban } from "@/lib/identifiers/iban";
import { isMilanPostalCode } from "@/lib/identifiers/milan-postal-code";
import { isValidNumericFiscalCode } from "@/lib/identifiers/numeric-fiscal-code";
import { isValidPagoPaNoticeCode } from "@/lib/identifiers/pagopa-notice";
import { buildSeedRows, demoPassword } from "@/prisma/seed";

const rows = buildSeedRows("test-hash");

describe("seed rows", () => {
  it("are identical on every build", () => {
    expect(buildSeedRows("test-hash")).toEqual(rows);
  });

  it("give every person a valid fiscal code", () => {
    const invalid = rows.persons.filter((person) =>
      person.kind === "natural" ? !isValidCodiceFiscale(person.fiscalCode) : !isValidNumericFiscalCode(person.fiscalCode),
    );

    expect(invalid.map((person) => person.fiscalCode)).toEqual([]);
  });

  it("include the known valid codes", () => {
    const codes = rows.persons.map((person) => person.fiscalCode);

    expect(codes).toContain("RSSMRA45D25F205N");
    expect(codes).toContain("MRTMTT25D09F205Z");
  });

  it("have unique fiscal codes", () => {
    const codes = rows.persons.map((person) => person.fiscalCode);

    expect(new Set(codes).size).toBe(codes.length);
  });

  it("include people born abroad", () => {
    const places = new Set(rows.persons.map((person) => person.birthPlaceCode));

    expect(places).toContain("Z336");
    expect(places).toContain("Z330");
    expect(places).toContain("Z216");
    expect(places).toContain("F205");
  });

  it("put every address in Milan", () => {
    expect(rows.addresses.filter((address) => !isMilanPostalCode(address.postalCode))).toEqual([]);
  });

  it("issue valid pagoPA notices and IBANs", () => {
    const notices = [...rows.bills.map((bill) => bill.pagoPaNoticeCode), ...rows.rentCharges.map((charge) => charge.pagoPaNoticeCode)].filter(
      (code): code is string => typeof code === "string",
    );
    const ibans = rows.supplies.map((supply) => supply.directDebitIban).filter((iban): iban is string => typeof iban === "string");

    expect(notices.length).toBeGreaterThan(1000);
    expect(notices.filter((code) => !isValidPagoPaNoticeCode(code))).toEqual([]);
    expect(new Set(notices).size).toBe(notices.length);
    expect(ibans.filter((iban) => !isValidIban(iban))).toEqual([]);
  });

  it("keep bill totals equal to their lines", () => {
    const sums = new Map<string, number>();
    for (const line of rows.billLines) {
      sums.set(line.billId, (sums.get(line.billId) ?? 0) + line.amountCents);
    }

    expect(rows.bills.filter((bill) => sums.get(bill.id!) !== bill.totalCents)).toEqual([]);
  });

  it("have every use type and supply state", () => {
    const useTypes = new Set(rows.supplies.map((supply) => supply.useType));
    const states = new Set(rows.supplies.map((supply) => supply.state));

    expect([...useTypes].sort()).toEqual(["condominium", "domesticNonResident", "domesticResident", "nonDomestic"]);
    expect([...states].sort()).toEqual(["active", "pending", "suspended", "terminated"]);
  });
});

describe("docs/demo-accounts.md", () => {
  const table = readFileSync(path.resolve("docs/demo-accounts.md"), "utf8");

  it.each(rows.users.map((user) => [user.email, user]))("lists %s with its name and roles", (email, user) => {
    const line = table.split("\n").find((candidate) => candidate.startsWith(`| \`${email}\` |`));

    expect(line, `no table row for ${email}`).toBeDefined();
    expect(line).toContain(` ${(user.roles as string[]).join(", ")} |`);
    if (user.personId) expect(line).toContain(`| ${user.displayName}`);
  });

  it("states the seed's password", () => {
    expect(table).toContain(`\n${demoPassword}\n`);
  });
});
