import { describe, expect, it } from "vitest";

import { defaultLocale, directionOf, isLocale, resolveLocale } from "@/lib/i18n/config";
import { toSameOriginPath } from "@/lib/http/same-origin-path";
import { localeSwitchSchema } from "@/lib/i18n/locale-switch-schema";

describe("locale config", () => {
  it("defaults to Italian", () => {
    expect(defaultLocale).toBe("it");
    expect(resolveLocale(undefined)).toBe("it");
    expect(resolveLocale("fr")).toBe("it");
    expect(resolveLocale("ar")).toBe("ar");
  });

  it("recognizes only supported locales", () => {
    expect(isLocale("en")).toBe(true);
    expect(isLocale("EN")).toBe(false);
    expect(isLocale(42)).toBe(false);
  });

  it("writes Arabic right to left", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("it")).toBe("ltr");
    expect(directionOf("en")).toBe("ltr");
  });
});

describe("toSameOriginPath", () => {
  it("keeps a path and its query", () => {
    expect(toSameOriginPath("/contatti")).toBe("/contatti");
    expect(toSameOriginPath("/back-office/ticket?page=2&stato=new")).toBe("/back-office/ticket?page=2&stato=new");
  });

  it.each([
    ["absolute URL", "https://evil.example/"],
    ["protocol-relative URL", "//evil.example/"],
    ["backslash host", "/\\evil.example"],
    ["relative path", "contatti"],
    ["control character", "/contatti\nSet-Cookie: x"],
    ["javascript URL", "javascript:alert(1)"],
    ["dot segment before a host", "/.//evil.example/x"],
    ["parent segment before a host", "/..//evil.example/"],
    ["encoded dot segment", "/%2e//evil.example/"],
    ["nested parent segment", "/sportello-online/..//evil.example/"],
  ])("rejects %s", (_case, value) => {
    expect(toSameOriginPath(value)).toBeNull();
  });
});

describe("localeSwitchSchema", () => {
  it("accepts a locale and a safe path", () => {
    expect(localeSwitchSchema.parse({ locale: "ar", returnTo: "/privacy" })).toEqual({ locale: "ar", returnTo: "/privacy" });
  });

  it("replaces a dot-segment redirect with the home page", () => {
    expect(localeSwitchSchema.parse({ locale: "ar", returnTo: "/.//evil.example/x" }).returnTo).toBe("/");
  });

  it("replaces an unsafe path with the home page", () => {
    expect(localeSwitchSchema.parse({ locale: "en", returnTo: "https://evil.example" }).returnTo).toBe("/");
    expect(localeSwitchSchema.parse({ locale: "en", returnTo: null }).returnTo).toBe("/");
  });

  it("rejects an unsupported locale", () => {
    expect(localeSwitchSchema.safeParse({ locale: "fr", returnTo: "/" }).success).toBe(false);
  });
});
