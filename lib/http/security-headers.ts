/**
 * Returns a fresh CSP nonce: 128 random bits in base64. Next reads it from the
 * request's Content-Security-Policy header and adds it to its own scripts.
 */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Builds the Content-Security-Policy for one response. Scripts need the nonce
 * ('strict-dynamic' lets Next's loader add its chunks). Inline styles stay allowed
 * because React and next/font write style attributes. Development adds
 * 'unsafe-eval', which React uses there to rebuild server error stacks.
 */
export function contentSecurityPolicy(nonce: string, isDevelopment: boolean): string {
  const scriptSources = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(isDevelopment ? ["'unsafe-eval'"] : [])];

  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Headers added to every page response besides the CSP. HSTS is sent only in
 * production, so that a browser never pins HTTPS on localhost during development.
 */
export function securityHeaders(isProduction: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    // The portal uses none of these browser features; denying them limits what injected code could reach.
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  };

  if (isProduction) {
    // One year, this host only: other MM hosts may still serve plain HTTP.
    headers["Strict-Transport-Security"] = "max-age=31536000";
  }

  return headers;
}
