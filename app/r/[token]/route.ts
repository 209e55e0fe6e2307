// The published report /r/<token>: the report renderer's whole HTML document,
// readable with no script at all (proxy.ts sends a Content-Security-Policy
// that runs none, and sends no Referer: the address is the secret), with its
// downloads above it. "noindex" unless the organizer chose otherwise; an older
// version names the newer one.
import { renderReportHtml } from "@/server/report/render-html";
import { requestLocale } from "@/app/locale";
import { loadPublicReport, publicAnswer, publicPageOptions } from "@/app/r/public-report";

interface Context {
  params: Promise<{ token: string }>;
}

export async function GET(_request: Request, context: Context): Promise<Response> {
  const locale = await requestLocale();
  return publicAnswer(locale, async () => {
    const report = await loadPublicReport((await context.params).token, locale);
    return new Response(renderReportHtml(report.input, publicPageOptions(report, locale)), {
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
    });
  });
}
