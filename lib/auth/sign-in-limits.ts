import "server-only";

import { createHmac } from "node:crypto";

import type { RateLimitRule } from "@/lib/auth/rate-limit";

const fifteenMinutesMs = 15 * 60 * 1000;

/** Sign-in attempts per account: 5 per 15 minutes, then the account waits for the window to close. */
export const accountSignInLimit: RateLimitRule = { scope: "signin:account", limit: 5, windowMs: fifteenMinutesMs };

/**
 * Sign-in attempts per client address: 20 per 15 minutes, enough for a counter office whose
 * staff share one address, too few to try many accounts.
 */
export const addressSignInLimit: RateLimitRule = { scope: "signin:ip", limit: 20, windowMs: fifteenMinutesMs };

/**
 * Returns an HMAC-SHA-256 keyed with AUTH_SECRET. A plain hash of an IPv4 address or of a known
 * e-mail could be reversed by trying every candidate; without the key it cannot.
 */
function keyedHashHex(value: string): string {
  return createHmac("sha256", process.env.AUTH_SECRET ?? "").update(value, "utf8").digest("hex");
}

/** Returns the counter subject for an e-mail: a keyed hash of the trimmed lower-case address, never the address. */
export function accountSubject(email: string): string {
  return keyedHashHex(email.trim().toLowerCase());
}

/** Returns the counter subject for a client address: its keyed hash, so the table contains no address in clear. */
export function addressSubject(address: string): string {
  return keyedHashHex(address);
}

/** Returns a 12-character prefix of the keyed address hash, enough to correlate log lines. */
export function addressLogTag(address: string | null): string | null {
  return address ? addressSubject(address).slice(0, 12) : null;
}

/**
 * Returns the client address of a request. `server.ts` always sets `x-client-address` (the
 * socket address, or with TRUST_PROXY=1 the last `x-forwarded-for` entry) and drops any value
 * the client sent. Without that server (`next dev`) it falls back to the last
 * `x-forwarded-for` entry, then `x-real-ip`, which a client can forge.
 */
export function clientAddressFrom(headers: Headers): string | null {
  const fromServer = headers.get("x-client-address")?.trim();
  if (fromServer) return fromServer;

  const forwarded = headers.get("x-forwarded-for");
  const lastForwarded = forwarded?.split(",").at(-1)?.trim();
  if (lastForwarded) return lastForwarded;

  const realIp = headers.get("x-real-ip")?.trim();
  return realIp || null;
}
