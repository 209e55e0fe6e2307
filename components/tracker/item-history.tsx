// A tracked item's history on the tracker page, oldest change first: when,
// who, from which status to which, at which lock, and the note and evidence.
import type { Locale } from "../../lib/i18n/locales";
import { formatInteger } from "../../lib/i18n/numbers";
import { translator } from "../../lib/i18n/translate";
import { formatDateBoth } from "../../lib/jalali-date";
import type { TrackerStatus } from "../../lib/tracker-status";

export interface ItemHistoryEntry {
  id: string;
  by: { name: string } | null;
  at: string;
  from: TrackerStatus | null;
  to: TrackerStatus;
  note: string;
  evidence: string;
  evidenceLink: string;
  versionNumber: number | null;
}

export function ItemHistory({ history, locale }: { history: readonly ItemHistoryEntry[]; locale: Locale }) {
  const t = translator(locale);
  const status = (value: TrackerStatus): string => t(`tracker.status.${value}`);
  return (
    <details className="item-history">
      <summary>{t("tracker.history.heading", { count: formatInteger(history.length, locale) })}</summary>
      <ol>
        {history.map((event) => (
          <li key={event.id}>
            <p>
              <time dateTime={event.at}>{formatDateBoth(new Date(event.at), locale, { time: true, weekday: false })}</time>
              {event.by && (
                <>
                  {" · "}
                  <bdi>{event.by.name}</bdi>
                </>
              )}
            </p>
            <p>
              <strong>{event.from ? t("tracker.history.change", { from: status(event.from), to: status(event.to) }) : status(event.to)}</strong>
              {event.versionNumber !== null && ` (${t("tracker.history.atLock", { version: formatInteger(event.versionNumber, locale) })})`}
            </p>
            {event.note && <p dir="auto">{event.note}</p>}
            {event.evidence && <p dir="auto">{t("tracker.history.evidence", { evidence: event.evidence })}</p>}
            {event.evidenceLink && (
              <p>
                <a href={event.evidenceLink} rel="nofollow noopener noreferrer" dir="ltr">
                  {t("tracker.change.evidenceLink")}
                </a>
              </p>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
