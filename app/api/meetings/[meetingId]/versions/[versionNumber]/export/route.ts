// GET ?format=html|md|docx[&lang=fa|en]: one version of the report as a file
// to download (members). Rendered by the one report renderer, from the
// version's structured reading and the meeting as it was at the lock.
import { z } from "zod";
import { withoutDirectionalControls } from "@/lib/directional-controls";
import { isLocale } from "@/lib/i18n/locales";
import { REPORT_CSP } from "@/lib/report-csp";
import { message } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse-input";
import { getVersion } from "@/server/domain/versions/get-version";
import { renderReportDocx } from "@/server/report/render-docx";
import { renderReportHtml } from "@/server/report/render-html";
import { renderReportMarkdown } from "@/server/report/render-markdown";
import { requestLocale } from "@/app/api/error-response";
import { jsonRoute } from "@/app/api/json-route";
import { reportInput } from "@/app/report-input";

interface Context {
  params: Promise<{ meetingId: string; versionNumber: string }>;
}

const querySchema = z.object({
  format: z.enum(["html", "md", "docx"], message("invalid.exportFormat")),
});

const CONTENT_TYPES = {
  html: "text/html; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

/** attachment; an ASCII name for old clients and the title for the rest (RFC 6266),
 * without a directional control that would show "v1.docx" reversed, or hide it. */
function disposition(title: string, number: number, format: keyof typeof CONTENT_TYPES): string {
  const name = `${withoutDirectionalControls(title).replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ").replace(/\s+/g, " ").trim().slice(0, 80)} v${number}.${format}`;
  return `attachment; filename="kateb-minutes-v${number}.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function GET(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { meetingId, versionNumber } = await context.params;
    const params = new URL(request.url).searchParams;
    const { format } = parseInput(querySchema, { format: params.get("format") ?? undefined });
    const lang = params.get("lang");
    const locale = isLocale(lang) ? lang : requestLocale(request);
    const version = await getVersion({ db: services.db, userId: user.id, meetingId, versionNumber });
    const input = reportInput({
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
    });
    const headers: Record<string, string> = {
      "content-type": CONTENT_TYPES[format],
      "content-disposition": disposition(version.meeting.title, version.number, format),
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    };
    if (format === "docx") return new Response(new Uint8Array(await renderReportDocx(input)), { headers });
    if (format === "md") return new Response(renderReportMarkdown(input), { headers });
    // Opened in a browser, the exported page runs nothing either.
    headers["content-security-policy"] = REPORT_CSP;
    return new Response(renderReportHtml(input), { headers });
  });
}
