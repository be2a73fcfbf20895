import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import IntlMessageFormat from "intl-messageformat";
import { describe, expect, it } from "vitest";

import { locales } from "@/lib/i18n/config";
import { namespaces } from "@/lib/i18n/namespaces";

const messagesDir = path.resolve(import.meta.dirname, "../../../messages");

type Catalog = { [key: string]: string | Catalog };

function readCatalog(locale: string, namespace: string): Catalog {
  return JSON.parse(readFileSync(path.join(messagesDir, locale, `${namespace}.json`), "utf8")) as Catalog;
}

/** Flattens a catalog to dotted keys: { "header.signIn": "Accedi", ... }. */
function flatten(catalog: Catalog, prefix = ""): Map<string, unknown> {
  const entries = new Map<string, unknown>();

  for (const [key, value] of Object.entries(catalog)) {
    const dotted = prefix ? `${prefix}.${key}` : key;

    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const [nestedKey, nestedValue] of flatten(value, dotted)) entries.set(nestedKey, nestedValue);
    } else {
      entries.set(dotted, value);
    }
  }

  return entries;
}

type AstElement = { type: number; value?: unknown; options?: Record<string, { value: AstElement[] }>; children?: AstElement[] };

/** Collects the names of a message's ICU arguments ({name}, {count, plural, ...}), nested ones included. */
function argumentNames(elements: AstElement[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    // Types 1-6 and 8 of @formatjs/icu-messageformat-parser are arguments, plurals, selects and tags; 0 and 7 are text and "#".
    if (element.type !== 0 && element.type !== 7 && typeof element.value === "string") names.add(element.value);

    for (const option of Object.values(element.options ?? {})) argumentNames(option.value, names);
    if (element.children) argumentNames(element.children, names);
  }

  return names;
}

function jsonFilesIn(locale: string): string[] {
  return readdirSync(path.join(messagesDir, locale))
    .filter((file) => file.endsWith(".json"))
    .map((file) => file.replace(/\.json$/, ""));
}

describe("message catalogs", () => {
  it.each(locales)("%s has no catalog outside the namespace list", (locale) => {
    const unregistered = jsonFilesIn(locale).filter((file) => !(namespaces as readonly string[]).includes(file));
    expect(unregistered).toEqual([]);
  });

  describe.each(namespaces)("namespace %s", (namespace) => {
    const catalogs = Object.fromEntries(locales.map((locale) => [locale, flatten(readCatalog(locale, namespace))]));
    const italianKeys = [...catalogs.it!.keys()].sort();

    it("has at least one message", () => {
      expect(italianKeys.length).toBeGreaterThan(0);
    });

    it.each(locales.filter((locale) => locale !== "it"))("%s has the same keys as Italian", (locale) => {
      const keys = [...catalogs[locale]!.keys()].sort();

      expect(keys.filter((key) => !catalogs.it!.has(key)), `keys in ${locale} missing from it`).toEqual([]);
      expect(italianKeys.filter((key) => !catalogs[locale]!.has(key)), `keys in it missing from ${locale}`).toEqual([]);
    });

    it.each(locales)("%s messages are non-empty strings that parse as ICU", (locale) => {
      for (const [key, value] of catalogs[locale]!) {
        expect(typeof value, `${locale}/${namespace}.json ${key}`).toBe("string");
        expect((value as string).trim(), `${locale}/${namespace}.json ${key}`).not.toBe("");
        expect(() => new IntlMessageFormat(value as string, locale), `${locale}/${namespace}.json ${key}`).not.toThrow();
      }
    });

    it.each(locales.filter((locale) => locale !== "it"))("%s uses the same placeholders as Italian", (locale) => {
      for (const [key, value] of catalogs[locale]!) {
        const italian = catalogs.it!.get(key);
        if (typeof italian !== "string" || typeof value !== "string") continue;

        const expected = [...argumentNames(new IntlMessageFormat(italian, "it").getAst() as AstElement[])].sort();
        const actual = [...argumentNames(new IntlMessageFormat(value, locale).getAst() as AstElement[])].sort();
        expect(actual, `${locale}/${namespace}.json ${key}`).toEqual(expected);
      }
    });
  });
});
