// Runs before Next.js renders: the published report pages (/r/<token>) get a
// strict Content-Security-Policy (the page is server-rendered and reads
// without script), and send no Referer, since their address is the secret.
import { NextResponse } from "next/server";
import { REPORT_CSP } from "./lib/report-csp";

export function proxy(): NextResponse {
  const response = NextResponse.next();
  response.headers.set("Content-Security-Policy", REPORT_CSP);
  response.headers.set("Referrer-Policy", "no-referrer");
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("X-Frame-Options", "DENY");
  return response;
}

export const config = {
  matcher: "/r/:path*",
};
