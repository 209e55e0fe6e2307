// Runs before Next.js renders: the published report pages (/r/<token>) get a
// strict Content-Security-Policy — no script runs, nothing is framed, nothing
// loads from elsewhere; the page is server-rendered and reads without it —
// and send no Referer, since their address is the secret.
import { NextResponse } from "next/server";

export const PUBLIC_REPORT_CSP = [
  "default-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

export function proxy(): NextResponse {
  const response = NextResponse.next();
  response.headers.set("Content-Security-Policy", PUBLIC_REPORT_CSP);
  response.headers.set("Referrer-Policy", "no-referrer");
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("X-Frame-Options", "DENY");
  return response;
}

export const config = {
  matcher: "/r/:path*",
};
