import { describe, expect, it } from "vitest";

import { MigrationError } from "@/lib/db/migrations";
import { migrationTimestamp, normalizeMigrationName } from "@/lib/db/migrations/write-migration";

describe("normalizeMigrationName", () => {
  it.each([
    ["init", "init"],
    ["add ticket priority", "add_ticket_priority"],
    ["Add-Ticket  Priority!", "add_ticket_priority"],
    ["__bonus__idrico__", "bonus_idrico"],
    ["è già fatto", "e_gia_fatto"],
  ])("turns %j into %j", (input, expected) => {
    expect(normalizeMigrationName(input)).toBe(expected);
  });

  it("rejects a name with no letters or digits", () => {
    expect(() => normalizeMigrationName(" -- ")).toThrow(MigrationError);
  });

  it("caps the length at 200 characters", () => {
    expect(normalizeMigrationName("a".repeat(300))).toHaveLength(200);
  });
});

describe("migrationTimestamp", () => {
  it("formats UTC as YYYYMMDDHHMMSS", () => {
    expect(migrationTimestamp(new Date("2026-03-09T07:05:04.999Z"))).toBe("20260309070504");
  });
});
