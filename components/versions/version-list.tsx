// A meeting's versions, newest first: each with its facts, its published
// links, and the ways to read, compare and download it.
import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator } from "@/lib/i18n/translate";
import { ExportLinks } from "./export-links";
import { PublicLink } from "./public-link";
import { VersionFacts, type VersionFactsView } from "./version-facts";

export interface VersionListItemView extends VersionFactsView {
  /** Live links to this version (/r/<token>). */
  publications: Array<{ id: string; path: string }>;
}

export function VersionList(props: { meetingId: string; locale: Locale; versions: readonly VersionListItemView[] }) {
  const { meetingId, locale, versions } = props;
  const t = translator(locale);
  const base = `/meetings/${encodeURIComponent(meetingId)}/versions`;
  return (
    <ol className="version-list" aria-label={t("versions.list")}>
      {versions.map((version) => {
        const number = formatInteger(version.number, locale);
        const headingId = `version-${version.number}`;
        return (
          <li key={version.number} className="card version-card" aria-labelledby={headingId}>
            <div className="version-card__head">
              <h2 id={headingId} className="version-card__title">
                <Link href={`${base}/${version.number}`}>{t("versions.version", { version: number })}</Link>
              </h2>
              {version.publications.length > 0 && (
                <span className="badge" data-tone="info">
                  {t("minutesState.published", { version: number })}
                </span>
              )}
            </div>
            <VersionFacts version={version} locale={locale} />
            <div className="version-card__publication">
              <span className="version-card__label">{t("versions.publication")}:</span>{" "}
              {version.publications.length === 0 ? (
                <span className="muted">{t("versions.notPublished")}</span>
              ) : (
                <ul className="version-card__links">
                  {version.publications.map((publication) => (
                    <li key={publication.id}>
                      <PublicLink path={publication.path} locale={locale} />
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div className="version-card__actions">
              <Link className="button button--small button--primary" href={`${base}/${version.number}`}>
                {t("versions.open", { version: number })}
              </Link>
              {version.number > 1 && (
                <Link className="button button--small" href={`${base}/compare?from=${version.number - 1}&to=${version.number}`}>
                  {t("versions.compareWithPrevious", { version: formatInteger(version.number - 1, locale) })}
                </Link>
              )}
              <ExportLinks meetingId={meetingId} versionNumber={version.number} locale={locale} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
