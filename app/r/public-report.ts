// What the published link's routes share: the report of a live link as its
// page (a whole HTML document from the report renderer: no script, its font
// served beside it, the downloads above it) and as files. A link that is not
// live answers the plain 404 page (proxy.ts answers most of them before they
// get here; this covers one revoked in between); any other failure a short
// page that says so, never a stack trace.
import { isAppError } from "@/lib/app-error";
import { direction, type Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator } from "@/lib/i18n/translate";
import { printedLetterhead } from "@/server/domain/series/letterhead";
import { getPublicPage, type PublicPage } from "@/server/domain/versions/get-public-page";
import { escapeHtml } from "@/server/report/escape-html";
import { renderLinkNotFoundHtml } from "@/server/report/render-link-not-found";
import type { ReportHtmlOptions } from "@/server/report/render-html";
import type { ReportFormat } from "@/server/report/report-file";
import type { ReportInput } from "@/server/report/report-types";
import { getServices } from "@/server/services";
import { reportInput } from "@/app/report-input";

/** The files a published link offers, in the order its bar lists them. */
export const PUBLIC_FILES = ["pdf", "docx", "md"] as const satisfies readonly ReportFormat[];
export type PublicFile = (typeof PUBLIC_FILES)[number];

export interface PublicReport {
  page: PublicPage;
  input: ReportInput;
}

export async function loadPublicReport(token: string, locale: Locale): Promise<PublicReport> {
  const { db } = getServices();
  const page = await getPublicPage({ db, token });
  const { version } = page;
  const input = reportInput({
    letterhead: await printedLetterhead(db, page.meeting.letterhead),
    locale,
    meeting: page.meeting,
    reading: version.reading,
    version: { number: version.number, lockedAt: version.lockedAt, lockedBy: version.lockedBy, sha256: version.sha256, note: version.note },
    // Approved, or a draft not approved: the page and every file say which.
    approval: page.approval,
  });
  return { page, input };
}

/** The page's options: the newer version's notice, the downloads, the served font and icon. */
export function publicPageOptions({ page }: PublicReport, locale: Locale): ReportHtmlOptions {
  const t = translator(locale);
  const base = `/r/${encodeURIComponent(page.token)}`;
  const { supersededBy } = page;
  return {
    indexable: page.indexable,
    servedFont: true,
    siteIcon: true,
    notice: supersededBy
      ? {
          text: t("publication.superseded"),
          link: { text: t("publication.supersededLink", { version: formatInteger(supersededBy.versionNumber, locale) }), href: supersededBy.path },
        }
      : undefined,
    downloads: {
      label: t("publication.downloads"),
      links: [
        ...PUBLIC_FILES.map((format) => ({ text: t(`versions.format.${format}`), href: `${base}/${format}?lang=${locale}` })),
        { text: t("publication.print"), href: `${base}/pdf?lang=${locale}&view=inline` },
      ],
    },
  };
}

const HTML = { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" };

/** Runs a published link's route; a link that is not live, or a failure, answers a page of its own. */
export async function publicAnswer(locale: Locale, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return new Response(renderLinkNotFoundHtml(locale), { status: 404, headers: HTML });
    if (!isAppError(error)) process.stderr.write(`[r] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    const t = translator(locale);
    const sentence = isAppError(error) && error.message === "report.pdfUnavailable" ? t("report.pdfUnavailable") : t("error.internal");
    const status = isAppError(error) ? error.status : 500;
    const page = `<!doctype html><html lang="${locale}" dir="${direction(locale)}"><meta charset="utf-8"><title>${escapeHtml(t("app.name"))}</title><p>${escapeHtml(sentence)}</p></html>`;
    return new Response(page, { status, headers: HTML });
  }
}
