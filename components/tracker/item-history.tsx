// A tracked item's history on the tracker page, oldest change first: when,
// who, what changed (the status, or the text, category, due date or body) from what to what, at
// which lock, who proposed it in the minutes, and the note and evidence.
import type { ReactNode } from "react";
import type { TrackedItemEvent } from "@/lib/contracts/tracker";
import { jalaliDueText } from "@/lib/editor/due-date";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator } from "@/lib/i18n/translate";
import { formatDateBoth } from "@/lib/jalali-date";
import type { TrackerStatus } from "@/lib/tracker-status";
import { IsolatedSentence } from "../ui/named-sentence";

export function ItemHistory({ history, locale }: { history: readonly TrackedItemEvent[]; locale: Locale }) {
  const t = translator(locale);
  const status = (value: TrackerStatus): string => t(`tracker.status.${value}`);
  const change = (event: TrackedItemEvent): ReactNode => {
    if (event.field === "status") return event.from ? t("tracker.history.change", { from: status(event.from), to: status(event.to) }) : status(event.to);
    const shown = (value: string): string =>
      value === "" ? t("tracker.history.none") : event.field === "due" ? jalaliDueText(value, locale) || value : value;
    const template = t(`tracker.history.${event.field}`);
    return <IsolatedSentence template={template} values={{ from: shown(event.fromValue), to: shown(event.toValue) }} />;
  };
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
              <strong>{change(event)}</strong>
              {event.versionNumber !== null && ` (${t("tracker.history.atLock", { version: formatInteger(event.versionNumber, locale) })})`}
            </p>
            {event.proposedBy && (
              <p className="item-history__proposed">
                <IsolatedSentence template={t("tracker.history.proposed")} values={{ proposer: event.proposedBy.name, accepter: event.by?.name ?? "" }} />
              </p>
            )}
            {!event.proposedBy && event.field !== "status" && (
              <p className="item-history__proposed">
                <IsolatedSentence template={t("tracker.history.proposedRemoval")} values={{ accepter: event.by?.name ?? "" }} />
              </p>
            )}
            {event.note && <p dir="auto">{event.note}</p>}
            {event.evidence && (
              <p dir="auto">
                <IsolatedSentence template={t("tracker.history.evidence")} values={{ evidence: event.evidence }} />
              </p>
            )}
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
