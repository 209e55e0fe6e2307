// The security headers of every page and API answer besides the published
// report (lib/report-csp.ts): a Content-Security-Policy whose scripts must
// carry the request's nonce (Next.js puts it on its own), nothing may frame
// the page, no Referer leaves the site, no type is sniffed, and no API answer
// is cached.

/** The policy of an app page: scripts only with `nonce`, connections only to this host (pages and /collab). */
export function pageCsp(nonce: string, host: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React and the editor set style attributes (caret colours, positions).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ws://${host} wss://${host}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** An API answer is data, never a page: nothing in it may load or run. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Headers every answer gets, whatever it is. */
export const COMMON_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Referrer-Policy": "same-origin",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
};
