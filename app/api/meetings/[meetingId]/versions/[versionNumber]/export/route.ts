// GET ?format=html|md|docx|pdf[&lang=fa|en]: one version of the report as a file
// to download (members). Rendered by the one report renderer, from the
// version's structured reading and the meeting as it was at the lock, with
// its sign-off (approved, or a draft not approved).
import { z } from "zod";
import { isLocale } from "@/lib/i18n/locales";
import { REPORT_CSP } from "@/lib/report-csp";
import { message } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse-input";
import { printedLetterhead } from "@/server/domain/series/letterhead";
import { getVersionApprovals } from "@/server/domain/approvals/get-version-approvals";
import { reportApprovalOf } from "@/server/domain/approvals/report-approval";
import { getVersion } from "@/server/domain/versions/get-version";
import { renderReportDocx } from "@/server/report/render-docx";
import { renderReportHtml } from "@/server/report/render-html";
import { renderReportMarkdown } from "@/server/report/render-markdown";
import { renderReportPdf } from "@/server/report/render-pdf";
import { REPORT_CONTENT_TYPES, REPORT_FORMATS, reportDisposition } from "@/server/report/report-file";
import { requestLocale } from "@/app/api/error-response";
import { jsonRoute } from "@/app/api/json-route";
import { reportInput } from "@/app/report-input";

interface Context {
  params: Promise<{ meetingId: string; versionNumber: string }>;
}

const querySchema = z.object({
  format: z.enum(REPORT_FORMATS, message("invalid.exportFormat")),
});

export function GET(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId, versionNumber } = await context.params;
    const params = new URL(request.url).searchParams;
    const { format } = parseInput(querySchema, { format: params.get("format") ?? undefined });
    const lang = params.get("lang");
    const locale = isLocale(lang) ? lang : requestLocale(request);
    const options = { db: services.db, userId: user.id, meetingId, versionNumber };
    const [version, approvals] = await Promise.all([getVersion(options), getVersionApprovals(options)]);
    const input = reportInput({
      letterhead: await printedLetterhead(services.db, version.meeting.letterhead),
      locale,
      meeting: version.meeting,
      reading: version.reading,
      version: {
        number: version.number,
        lockedAt: new Date(version.lockedAt),
        lockedBy: version.lockedBy.name,
        sha256: version.sha256,
        note: version.note,
      },
      approval: reportApprovalOf(approvals),
    });
    const headers: Record<string, string> = {
      "content-type": REPORT_CONTENT_TYPES[format],
      "content-disposition": reportDisposition(version.meeting.title, version.number, format),
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    };
    if (format === "docx") return new Response(new Uint8Array(await renderReportDocx(input)), { headers });
    if (format === "md") return new Response(renderReportMarkdown(input), { headers });
    // Printed from the page a published link serves: the same file for everyone.
    if (format === "pdf") return new Response(new Uint8Array(await renderReportPdf(renderReportHtml(input, { servedFont: true }))), { headers });
    // Opened in a browser, the exported page runs nothing either.
    headers["content-security-policy"] = REPORT_CSP;
    return new Response(renderReportHtml(input), { headers });
  });
}
