import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import { describeDatabaseError } from "@/lib/db/migrations/describe-database-error";
import { lockfileProvider, scriptMatchesChecksum, sha256Hex } from "@/lib/db/migrations/migration-folder";

const SCRIPT = 'CREATE TABLE "Meter" (\n    "id" SERIAL NOT NULL\n);\n';

describe("sha256Hex", () => {
  it("returns lowercase hex of the UTF-8 bytes", () => {
    expect(sha256Hex("città")).toBe(createHash("sha256").update(Buffer.from("città", "utf8")).digest("hex"));
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
});

describe("scriptMatchesChecksum", () => {
  it("matches the same script", () => {
    expect(scriptMatchesChecksum(SCRIPT, sha256Hex(SCRIPT))).toBe(true);
  });

  it("matches after LF became CRLF", () => {
    expect(scriptMatchesChecksum(SCRIPT.replaceAll("\n", "\r\n"), sha256Hex(SCRIPT))).toBe(true);
  });

  it("matches after CRLF became LF", () => {
    const crlf = SCRIPT.replaceAll("\n", "\r\n");
    expect(scriptMatchesChecksum(SCRIPT, sha256Hex(crlf))).toBe(true);
  });

  it("rejects a changed statement", () => {
    expect(scriptMatchesChecksum(SCRIPT.replace("SERIAL", "BIGSERIAL"), sha256Hex(SCRIPT))).toBe(false);
  });
});

describe("lockfileProvider", () => {
  it("reads the provider after comments", () => {
    expect(lockfileProvider('# comment\nprovider = "postgresql"\n')).toBe("postgresql");
  });

  it("returns null without a provider line", () => {
    expect(lockfileProvider("# empty\n")).toBeNull();
  });
});

describe("describeDatabaseError", () => {
  const migration = { name: "20250101000000_create_meters", sql: "CREATE TABLE a (id int);\nCREATE TABLE b (id int;\n", checksum: "" };

  it("names the migration, the SQLSTATE and the line", () => {
    const text = describeDatabaseError(migration, { message: 'syntax error at or near ";"', code: "42601", position: "47" });

    expect(text.split("\n")).toEqual([
      "Migration 20250101000000_create_meters failed to apply.",
      "",
      'Database error: syntax error at or near ";"',
      "Database error code: 42601",
      "Position: line 2 of migration.sql",
    ]);
  });

  it("keeps detail and hint", () => {
    const text = describeDatabaseError(migration, { message: "could not create unique index", code: "23505", detail: "Key (id)=(1) is duplicated.", hint: "Remove the duplicates." });

    expect(text).toContain("Detail: Key (id)=(1) is duplicated.");
    expect(text).toContain("Hint: Remove the duplicates.");
  });

  it("describes a non-database error", () => {
    expect(describeDatabaseError(migration, "connection lost")).toContain("Database error: connection lost");
  });
});
