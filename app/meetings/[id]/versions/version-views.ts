// What the versions pages show of the domain's versions and publications: the
// dates written out in both calendars here, on the server, so the browser
// renders exactly what the server did.
import type { PublicationView } from "@/components/versions/publication-panel";
import type { VersionFactsView } from "@/components/versions/version-facts";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator } from "@/lib/i18n/translate";
import { formatDateBoth } from "@/lib/jalali-date";
import type { PublicationSummary, VersionSummary } from "@/server/domain/versions/minutes-version-view";

export function versionFactsView(version: VersionSummary, verified: boolean, locale: Locale): VersionFactsView {
  const lockedAt = new Date(version.lockedAt);
  return {
    number: version.number,
    lockedAtIso: lockedAt.toISOString(),
    lockedAt: formatDateBoth(lockedAt, locale, { time: true }),
    lockedBy: version.lockedBy.name,
    note: version.note,
    sha256: version.sha256,
    verified,
  };
}

export function publicationView(publication: PublicationSummary, currentId: string | null, locale: Locale): PublicationView {
  return {
    id: publication.id,
    path: publication.path,
    indexable: publication.indexable,
    publishedOn: formatDateBoth(new Date(publication.publishedAt), locale, { time: true }),
    publishedBy: publication.publishedBy.name,
    current: publication.id === currentId,
  };
}

/** A live link where links to several versions are listed together: with its version named. */
export function labelledPublicationView(publication: PublicationSummary, currentId: string | null, locale: Locale): PublicationView {
  const version = formatInteger(publication.versionNumber, locale);
  return { ...publicationView(publication, currentId, locale), versionLabel: translator(locale)("versions.version", { version }) };
}

/** The path of the meeting's versions pages. */
export function versionsPath(meetingId: string): string {
  return `/meetings/${encodeURIComponent(meetingId)}/versions`;
}
