import "server-only";

import { createHash } from "node:crypto";

import type { RateLimitRule } from "@/lib/auth/rate-limit";

const fifteenMinutesMs = 15 * 60 * 1000;

/** Sign-in attempts per account: 5 per 15 minutes, then the account waits for the window to close. */
export const accountSignInLimit: RateLimitRule = { scope: "signin:account", limit: 5, windowMs: fifteenMinutesMs };

/**
 * Sign-in attempts per client address: 20 per 15 minutes, enough for a counter office whose
 * staff share one address, too few to try many accounts.
 */
export const addressSignInLimit: RateLimitRule = { scope: "signin:ip", limit: 20, windowMs: fifteenMinutesMs };

function sha256Hex(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("hex");
}

/** Returns the counter subject for an e-mail: a SHA-256 of the trimmed lower-case address, never the address. */
export function accountSubject(email: string): string {
  return sha256Hex(email.trim().toLowerCase());
}

/** Returns the counter subject for a client address: its SHA-256, so the table contains no address in clear. */
export function addressSubject(address: string): string {
  return sha256Hex(address);
}

/** Returns a 12-character prefix of the address hash: enough to correlate log lines, not to recover the address. */
export function addressLogTag(address: string | null): string | null {
  return address ? addressSubject(address).slice(0, 12) : null;
}

/**
 * Returns the client address of a request: the last `x-forwarded-for` entry, which is the one
 * the nearest proxy added, else `x-real-ip`, else null. The Node server behind `npm start`
 * fills `x-forwarded-for` with the socket address only when the header is absent.
 * NOTE: without a reverse proxy that sets the header, a client can send any value and so
 * escape the per-address limit. The per-account limit still applies.
 */
export function clientAddressFrom(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  const lastForwarded = forwarded?.split(",").at(-1)?.trim();
  if (lastForwarded) return lastForwarded;

  const realIp = headers.get("x-real-ip")?.trim();
  return realIp || null;
}
