import type { Metadata } from "next";
import localFont from "next/font/local";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { FlashRegion } from "@/components/shell/flash-region";
import { SiteFooter } from "@/components/shell/site-footer";
import { SiteHeader } from "@/components/shell/site-header";
import { SkipLink } from "@/components/shell/skip-link";
import { getCurrentUser } from "@/lib/auth/session";
import { directionOf } from "@/lib/i18n/config";

import "./globals.css";

// Latin subset only: Arabic text falls back to the system font stack in globals.css.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  weight: "100 900",
  display: "swap",
});

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");

  return {
    title: { template: `%s | ${t("portalName")}`, default: t("portalName") },
    description: t("metadata.description"),
    applicationName: t("portalName"),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const user = await getCurrentUser();

  return (
    <html lang={locale} dir={directionOf(locale)} className={inter.variable}>
      <body className="flex min-h-screen flex-col bg-slate-50 font-sans text-slate-900 antialiased">
        <NextIntlClientProvider>
          <SkipLink />
          <SiteHeader user={user} />
          <FlashRegion />
          <main id="contenuto" tabIndex={-1} className="mx-auto w-full max-w-6xl grow px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
