import type { Locale } from "@/lib/i18n/config";
import type { formats } from "@/lib/i18n/formats";

// Types next-intl's locale and format names with the portal's own, so a typo fails the type check.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Formats: typeof formats;
  }
}
