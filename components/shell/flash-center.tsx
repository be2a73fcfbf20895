"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useEffectEvent, useState } from "react";

import { flashCookieName } from "@/lib/flash/flash-cookie";
import { decodeFlash, type FlashTone } from "@/lib/flash/flash-message";

/** A message ready to show, already translated. */
export type ShownFlash = { id: string; tone: FlashTone; text: string };

const toneClasses: Record<FlashTone, string> = {
  success: "border-green-700",
  info: "border-brand-700",
  warning: "border-amber-600",
  error: "border-red-700",
};

const toneGlyphs: Record<FlashTone, string> = { success: "✓", info: "i", warning: "!", error: "✕" };

// How long to watch for a message after a form is sent: 50 checks, 200 ms apart.
const pollIntervalMs = 200;
const pollAttempts = 50;

// A message picked up while a submission is in flight follows a URL change this soon after.
const followRedirectMs = 5_000;

type HeldFlash = ShownFlash & { pathname: string; followsRedirectUntil: number };

function readFlashCookie(): string | null {
  const prefix = `${flashCookieName}=`;
  const entry = document.cookie.split("; ").find((part) => part.startsWith(prefix));
  return entry ? entry.slice(prefix.length) : null;
}

function deleteFlashCookie(): void {
  document.cookie = `${flashCookieName}=; Max-Age=0; Path=/; SameSite=Lax`;
}

/**
 * Shows the message a server action left in the flash cookie. After a client-side
 * redirect Next does not render the root layout again, so the browser reads the
 * cookie itself on every URL change. It also polls for a while after each form
 * submission, because a redirect to the same URL changes no URL. A message hides
 * when the visitor moves to another page, except right after a submission: the
 * action's response sets the cookie before the router changes the URL, so a message
 * picked up then moves with the redirect to the new page.
 */
export function FlashCenter({ initial, dismissLabel }: { initial: ShownFlash | null; dismissLabel: string }) {
  const t = useTranslations();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const [shown, setShown] = useState<HeldFlash | null>(initial ? { ...initial, pathname, followsRedirectUntil: 0 } : null);
  const [dismissedId, setDismissedId] = useState<string | null>(null);

  // Returns true once the cookie has been consumed, whether or not its message could be shown.
  const pickUpFlash = useEffectEvent((afterSubmit: boolean): boolean => {
    // A message belongs to the page it was shown on: once the visitor leaves, going back does not bring it back.
    setShown((current) => {
      const currentPath = window.location.pathname;
      if (!current || current.pathname === currentPath) return current;
      if (Date.now() < current.followsRedirectUntil) return { ...current, pathname: currentPath, followsRedirectUntil: 0 };
      return null;
    });

    const value = readFlashCookie();
    if (value === null) return false;

    deleteFlashCookie();

    const flash = decodeFlash(value);
    if (flash && t.has(flash.messageKey)) {
      setShown({
        id: flash.id,
        tone: flash.tone,
        text: t(flash.messageKey, flash.values),
        pathname: window.location.pathname,
        followsRedirectUntil: afterSubmit ? Date.now() + followRedirectMs : 0,
      });
    }

    return true;
  });

  // Checked in a timer callback rather than the effect body, so the state update does not cascade into this render.
  useEffect(() => {
    const timer = setTimeout(() => pickUpFlash(false), 0);
    return () => clearTimeout(timer);
  }, [pathname, search]);

  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;

    function watchAfterSubmit() {
      clearInterval(timer);
      let attempts = 0;

      timer = setInterval(() => {
        attempts += 1;
        if (pickUpFlash(true) || attempts >= pollAttempts) clearInterval(timer);
      }, pollIntervalMs);
    }

    document.addEventListener("submit", watchAfterSubmit, true);
    return () => {
      document.removeEventListener("submit", watchAfterSubmit, true);
      clearInterval(timer);
    };
  }, []);

  if (!shown || shown.id === dismissedId || shown.pathname !== pathname) return null;

  return (
    <div className={`mx-auto mt-4 flex max-w-6xl items-start gap-3 rounded-md border-s-4 bg-white p-4 shadow-md ${toneClasses[shown.tone]}`}>
      <span aria-hidden="true" className="flex size-6 shrink-0 items-center justify-center rounded-full bg-slate-900 text-sm font-bold text-white">
        {toneGlyphs[shown.tone]}
      </span>
      <p className="grow text-slate-900">{shown.text}</p>
      <button
        type="button"
        onClick={() => setDismissedId(shown.id)}
        className="rounded-md px-2 text-xl leading-none text-slate-800 hover:bg-slate-100"
        aria-label={dismissLabel}
      >
        ×
      </button>
    </div>
  );
}
