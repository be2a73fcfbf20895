import { NextResponse, type NextRequest } from "next/server";

import { flashCookieName, flashRequestHeader } from "@/lib/flash/flash-cookie";
import { requestIdFrom, requestIdHeader } from "@/lib/http/request-id";
import { contentSecurityPolicy, createNonce, securityHeaders } from "@/lib/http/security-headers";

/**
 * True for a browser loading a whole page. Next hides its own client-navigation
 * headers from the proxy, so this relies on the browser's `Sec-Fetch-Dest`, which
 * is "empty" for fetches. Browsers too old to send it count as page loads.
 */
function isPageLoad(request: NextRequest): boolean {
  const destination = request.headers.get("sec-fetch-dest");
  return request.method === "GET" && (destination === null || destination === "document");
}

/**
 * Runs before every page and server action: gives the request its CSP nonce and
 * request id, and sets the security headers on the response. A nonce CSP makes
 * every page render per request, which the portal's pages do anyway.
 */
export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestId = requestIdFrom(request.headers.get(requestIdHeader));

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set(requestIdHeader, requestId);

  // A full page load renders the pending flash message on the server, so it moves from
  // the cookie into a request header and the cookie is deleted. Client-side requests
  // leave the cookie to the browser, which shows the message and deletes it.
  requestHeaders.delete(flashRequestHeader);
  const flashValue = request.cookies.get(flashCookieName)?.value;
  const consumesFlash = flashValue !== undefined && isPageLoad(request);
  if (consumesFlash) requestHeaders.set(flashRequestHeader, flashValue);

  const response = NextResponse.next({ request: { headers: requestHeaders } });

  response.headers.set("Content-Security-Policy", policy);
  response.headers.set(requestIdHeader, requestId);
  for (const [name, value] of Object.entries(securityHeaders(process.env.NODE_ENV === "production"))) {
    response.headers.set(name, value);
  }

  if (consumesFlash) response.cookies.delete(flashCookieName);

  return response;
}

export const config = {
  matcher: [
    {
      // Everything except build assets, image optimization and files with an extension (icons, robots.txt).
      source: "/((?!_next/static|_next/image|.*\\.[a-zA-Z0-9]+$).*)",
      // Prefetches are not rendered for the visitor, so they need no nonce and must not spend a flash message.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
