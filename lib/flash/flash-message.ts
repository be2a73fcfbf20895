import { z } from "zod";

// Used by the server, the proxy and the browser, so it relies only on web APIs (btoa, TextEncoder).

export const flashTones = ["success", "info", "warning", "error"] as const;

export type FlashTone = (typeof flashTones)[number];

export const flashMessageSchema = z.object({
  id: z.string().regex(/^[a-zA-Z0-9-]{1,40}$/),
  tone: z.enum(flashTones),
  // A catalog key with its namespace, for example "tickets.flash.created".
  messageKey: z.string().regex(/^[a-zA-Z0-9]+(\.[a-zA-Z0-9]+)+$/).max(120),
  values: z.record(z.string().max(40), z.union([z.string().max(200), z.number()])).optional(),
});

export type FlashMessage = z.infer<typeof flashMessageSchema>;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const binary = Array.from(bytes, (byte) => String.fromCharCode(byte)).join("");
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(value: string): string {
  const binary = atob(value.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

/** Encodes a message as base64url JSON, a cookie-safe value. */
export function encodeFlash(message: FlashMessage): string {
  return toBase64Url(JSON.stringify(flashMessageSchema.parse(message)));
}

/** Decodes a cookie value; returns null when it is missing, malformed or does not match the schema. */
export function decodeFlash(value: string | null | undefined): FlashMessage | null {
  if (!value) return null;

  try {
    const parsed = flashMessageSchema.safeParse(JSON.parse(fromBase64Url(value)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
