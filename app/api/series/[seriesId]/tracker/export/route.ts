// GET ?format=csv|docx[&lang=fa|en] and the tracker's filters: the filtered
// list as a file (members). CSV is UTF-8 with a BOM; an empty result is
// refused with a sentence rather than answered with an empty file.
import { z } from "zod";
import { AppError } from "@/lib/app-error";
import { encodeCsv } from "@/lib/csv";
import { withoutDirectionalControls } from "@/lib/directional-controls";
import { isLocale } from "@/lib/i18n/locales";
import { translate } from "@/lib/i18n/translate";
import { trackerTable } from "@/lib/tracker-table";
import { message } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse-input";
import { listTrackerItems } from "@/server/domain/tracker/list-tracker-items";
import { renderTrackerDocx } from "@/server/report/render-tracker-docx";
import { requestLocale } from "@/app/api/error-response";
import { jsonRoute } from "@/app/api/json-route";
import { trackerFilterOf } from "../tracker-filter";

interface Context {
  params: Promise<{ seriesId: string }>;
}

const querySchema = z.object({ format: z.enum(["csv", "docx"], message("invalid.trackerExportFormat")) });

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

function disposition(title: string, format: keyof typeof CONTENT_TYPES): string {
  const name = `${title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ").replace(/\s+/g, " ").trim().slice(0, 80)}.${format}`;
  return `attachment; filename="kateb-follow-ups.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function GET(request: Request, context: Context): Promise<Response> {
  return jsonRoute(request, async ({ user, services }) => {
    const { seriesId } = await context.params;
    const params = new URL(request.url).searchParams;
    const { format } = parseInput(querySchema, { format: params.get("format") ?? undefined });
    const filter = trackerFilterOf(request);
    const lang = params.get("lang");
    const locale = isLocale(lang) ? lang : requestLocale(request);
    const { series, items } = await listTrackerItems({ db: services.db, userId: user.id, seriesId, filter, locale });
    if (items.length === 0) throw new AppError("not_found", "error.tracker.emptyExport");
    const table = trackerTable(items, locale);
    const title = translate(locale, "tracker.export.title", { series: withoutDirectionalControls(series.title) });
    const headers = {
      "content-type": CONTENT_TYPES[format],
      "content-disposition": disposition(title, format),
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    };
    if (format === "docx") return new Response(new Uint8Array(await renderTrackerDocx({ series: series.title, table, locale })), { headers });
    return new Response(encodeCsv([table.header, ...table.rows]), { headers });
  });
}
