import { z } from "zod";

import { toSameOriginPath } from "@/lib/http/same-origin-path";
import { locales } from "@/lib/i18n/config";

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
