import "server-only";

import { headers } from "next/headers";

import { flashRequestHeader } from "@/lib/flash/flash-cookie";
import { decodeFlash, type FlashMessage } from "@/lib/flash/flash-message";

/**
 * Returns the message to render on a full page load, which the proxy has moved
 * from the cookie into a request header (and deleted from the browser). Client
 * navigations get null here: the browser picks their message up from the cookie.
 */
export async function readFlash(): Promise<FlashMessage | null> {
  const requestHeaders = await headers();
  return decodeFlash(requestHeaders.get(flashRequestHeader));
}
