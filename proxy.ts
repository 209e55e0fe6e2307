// Runs before Next.js renders, on every page and API route:
// - every page gets a Content-Security-Policy whose scripts need this
//   request's nonce (Next.js reads it from the request's own CSP header and
//   puts it on its scripts), and may not be framed; API answers get a policy
//   that loads nothing and `Cache-Control: no-store`;
// - the published report pages (/r/<token> and its files) get a strict policy
//   of their own (the page is the report renderer's HTML, without script) and send no
//   Referer, since their address is the secret. A link that is not live
//   (revoked, unknown, or not a link at all) is answered here with the plain
//   404 page, which needs no script: Next.js's own not-found view is built by
//   scripts this policy blocks, and showed a blank page.
import { NextResponse, type NextRequest } from "next/server";
import { acceptedLocale } from "./lib/i18n/accept-language";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./lib/i18n/locales";
import { API_CSP, COMMON_SECURITY_HEADERS, pageCsp } from "./lib/page-csp";
import { REPORT_CSP } from "./lib/report-csp";
import { isPublicationLive } from "./server/domain/versions/is-publication-live";
import { renderLinkNotFoundHtml } from "./server/report/render-link-not-found";
import { getServices } from "./server/services";

/** /r/<token>, or one of its files (/r/<token>/pdf). Anything else under /r/ is no published page. */
const PUBLIC_PAGE = /^\/r\/([^/]+)(?:\/(?:pdf|docx|md))?$/;

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const path = request.nextUrl.pathname;
  if (path.startsWith("/r/")) return publicReport(request, path);
  if (path.startsWith("/api/")) {
    const response = NextResponse.next();
    secure(response, API_CSP);
    response.headers.set("Cache-Control", "no-store");
    return response;
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = pageCsp(nonce, request.headers.get("host") ?? request.nextUrl.host, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  secure(response, csp);
  return response;
}

async function publicReport(request: NextRequest, path: string): Promise<NextResponse> {
  const token = PUBLIC_PAGE.exec(path)?.[1];
  const live = token !== undefined && (await isPublicationLive({ db: getServices().db, token }));
  const response = live
    ? NextResponse.next()
    : new NextResponse(renderLinkNotFoundHtml(readerLocale(request)), {
        status: 404,
        headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
      });
  secure(response, REPORT_CSP);
  response.headers.set("Referrer-Policy", "no-referrer");
  return response;
}

function secure(response: NextResponse, csp: string): void {
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(COMMON_SECURITY_HEADERS)) response.headers.set(name, value);
}

/** The reader's language: Kateb's cookie, else what the browser asks for, else Persian. */
function readerLocale(request: NextRequest): Locale {
  const chosen = request.cookies.get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return acceptedLocale(request.headers.get("accept-language")) ?? DEFAULT_LOCALE;
}

export const config = {
  // Everything but Next's own static files (hashed, immutable) and the icon.
  matcher: [{ source: "/((?!_next/static|_next/image|icon.svg|favicon.ico).*)" }],
};
