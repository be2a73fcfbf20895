// Names shared by server code, the proxy and the client; no imports, so the browser bundle stays small.

/** Cookie that carries one message from a server action to the page it redirects to. */
export const flashCookieName = "sportello_flash";

/** Seconds the message waits to be shown: long enough for a redirect, short enough not to surface minutes later. */
export const flashCookieMaxAgeSeconds = 60;

/** Request header in which the proxy hands a full page load's message to the root layout. */
export const flashRequestHeader = "x-flash-message";
