// Runs before Next.js renders: the published report pages (/r/<token>) get a
// strict Content-Security-Policy (the page is server-rendered and reads
// without script), and send no Referer, since their address is the secret.
// A link that is not live (revoked, unknown, or not a link at all) is answered
// here with the plain 404 page, which needs no script: Next.js's own not-found
// view is built by scripts this policy blocks, and showed a blank page.
import { NextResponse, type NextRequest } from "next/server";
import { acceptedLocale } from "./lib/i18n/accept-language";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./lib/i18n/locales";
import { REPORT_CSP } from "./lib/report-csp";
import { isPublicationLive } from "./server/domain/is-publication-live";
import { renderLinkNotFoundHtml } from "./server/report/render-link-not-found";
import { getServices } from "./server/services";

/** /r/<token>: one segment. Anything else under /r/ is no published page. */
const PUBLIC_PAGE = /^\/r\/([^/]+)$/;

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const token = PUBLIC_PAGE.exec(request.nextUrl.pathname)?.[1];
  const live = token !== undefined && (await isPublicationLive({ db: getServices().db, token }));
  const response = live
    ? NextResponse.next()
    : new NextResponse(renderLinkNotFoundHtml(readerLocale(request)), {
        status: 404,
        headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
      });
  response.headers.set("Content-Security-Policy", REPORT_CSP);
  response.headers.set("Referrer-Policy", "no-referrer");
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("X-Frame-Options", "DENY");
  return response;
}

/** The reader's language: Kateb's cookie, else what the browser asks for, else Persian. */
function readerLocale(request: NextRequest): Locale {
  const chosen = request.cookies.get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return acceptedLocale(request.headers.get("accept-language")) ?? DEFAULT_LOCALE;
}

export const config = {
  matcher: "/r/:path*",
};
