import { z } from "zod";

import { locales } from "@/lib/i18n/config";

// Only used to resolve relative paths; nothing is ever fetched from it.
const parsingBase = "http://portal.invalid";

/**
 * Returns `value` as a path on this site ("/contatti?x=1"), or null when it is not
 * one: absolute or protocol-relative URLs, backslashes and control characters
 * (browsers read "/\host" as another host) are rejected, so the switcher is no open redirect.
 */
export function toSameOriginPath(value: string): string | null {
  if (!value.startsWith("/") || value.startsWith("//")) return null;
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return null;

  try {
    const url = new URL(value, parsingBase);
    return url.origin === parsingBase ? `${url.pathname}${url.search}` : null;
  } catch {
    return null;
  }
}

/** Fields of the language switcher form. An unsafe or missing `returnTo` becomes "/" rather than an error. */
export const localeSwitchSchema = z.object({
  locale: z.enum(locales),
  returnTo: z
    .string()
    .max(2048)
    .transform((value, context) => {
      const path = toSameOriginPath(value);
      if (path === null) {
        context.addIssue({ code: "custom", message: "returnTo is not a path on this site" });
        return z.NEVER;
      }
      return path;
    })
    .catch("/"),
});

export type LocaleSwitch = z.infer<typeof localeSwitchSchema>;
