// /r/<token>/pdf|docx|md[?lang=fa|en][&view=inline]: the published report as a
// file, for anyone holding the live link, made on the server by the same
// renderers as the members' exports (the PDF printed by Chromium from the
// page's own HTML). view=inline opens the PDF in the browser, to print it.
// Anything else under the link is the 404 page.
import { isLocale } from "@/lib/i18n/locales";
import { AppError } from "@/lib/app-error";
import { renderReportDocx } from "@/server/report/render-docx";
import { renderReportHtml } from "@/server/report/render-html";
import { renderReportMarkdown } from "@/server/report/render-markdown";
import { renderReportPdf } from "@/server/report/render-pdf";
import { REPORT_CONTENT_TYPES, reportDisposition } from "@/server/report/report-file";
import { requestLocale } from "@/app/locale";
import { loadPublicReport, PUBLIC_FILES, publicAnswer, type PublicFile } from "@/app/r/public-report";

interface Context {
  params: Promise<{ token: string; file: string }>;
}

const isPublicFile = (value: string): value is PublicFile => (PUBLIC_FILES as readonly string[]).includes(value);

export async function GET(request: Request, context: Context): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const lang = query.get("lang");
  const locale = isLocale(lang) ? lang : await requestLocale();
  return publicAnswer(locale, async () => {
    const { token, file } = await context.params;
    if (!isPublicFile(file)) throw new AppError("not_found");
    const { page, input } = await loadPublicReport(token, locale);
    const inline = file === "pdf" && query.get("view") === "inline";
    const headers = {
      "content-type": REPORT_CONTENT_TYPES[file],
      "content-disposition": reportDisposition(page.meeting.title, page.version.number, file, inline),
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
    };
    if (file === "md") return new Response(renderReportMarkdown(input), { headers });
    if (file === "docx") return new Response(new Uint8Array(await renderReportDocx(input)), { headers });
    return new Response(new Uint8Array(await renderReportPdf(renderReportHtml(input, { servedFont: true }))), { headers });
  });
}
