// The downloads of a version (PDF, DOCX, Markdown, HTML), each rendered by the
// report renderer on the server, in the reader's language.
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator } from "@/lib/i18n/translate";

const FORMATS = ["pdf", "docx", "md", "html"] as const;

export function exportHref(meetingId: string, versionNumber: number, format: (typeof FORMATS)[number], locale: Locale): string {
  return `/api/meetings/${encodeURIComponent(meetingId)}/versions/${versionNumber}/export?format=${format}&lang=${locale}`;
}

export function ExportLinks({ meetingId, versionNumber, locale }: { meetingId: string; versionNumber: number; locale: Locale }) {
  const t = translator(locale);
  const version = formatInteger(versionNumber, locale);
  return (
    <div className="export-links">
      <span className="export-links__label">{t("versions.download")}:</span>
      <ul className="export-links__list">
        {FORMATS.map((format) => (
          <li key={format}>
            <a
              className="button button--small"
              href={exportHref(meetingId, versionNumber, format, locale)}
              download
              aria-label={t("versions.downloadAs", { version, format: t(`versions.format.${format}`) })}
            >
              {t(`versions.format.${format}`)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
