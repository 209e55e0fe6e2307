// A list of meetings as cards: title, date in both calendars, place, series,
// the session number in the series, where the minutes stand (draft, being written, locked vN, published vN) and
// the reader's role. Used by the home page and a series' page.
import Link from "next/link";
import type { MeetingSummary } from "@/lib/contracts/meetings";
import type { Locale } from "@/lib/i18n/locales";
import type { MessageKey } from "@/lib/i18n/messages-fa";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator } from "@/lib/i18n/translate";
import { formatDateBoth } from "@/lib/jalali-date";
import { minutesStateText } from "../minutes/minutes-lifecycle-state";
import { UserText } from "../ui/user-text";

export function MeetingList(props: {
  locale: Locale;
  id: string;
  heading: MessageKey;
  empty: MessageKey;
  meetings: readonly MeetingSummary[];
  /** A series' own page need not repeat the series on every card. */
  showSeries?: boolean;
}) {
  const { locale, meetings } = props;
  const t = translator(locale);
  const headingId = `${props.id}-heading`;
  return (
    <section className="meeting-group" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t(props.heading)}
      </h2>
      {meetings.length === 0 ? (
        <p className="card empty">{t(props.empty)}</p>
      ) : (
        <ul className="meeting-list">
          {meetings.map((meeting) => (
            <li key={meeting.id} className="meeting-card card">
              {props.showSeries !== false && meeting.series && (
                <p className="meeting-card__series">
                  <Link href={`/series/${encodeURIComponent(meeting.series.id)}`} dir="auto">
                    {meeting.series.title}
                  </Link>
                </p>
              )}
              <h3 className="meeting-card__title" dir="auto">
                <Link href={`/meetings/${encodeURIComponent(meeting.id)}`}>{meeting.title}</Link>
              </h3>
              <p className="meeting-card__meta">
                <time dateTime={meeting.startsAt}>
                  {formatDateBoth(new Date(meeting.startsAt), locale, { time: true })}
                </time>
                {meeting.place && <UserText text={meeting.place} />}
              </p>
              <p className="meeting-card__badges">
                {meeting.sessionNumber !== null && (
                  <span className="session-badge">{t("meeting.sessionNumber", { number: formatInteger(meeting.sessionNumber, locale) })}</span>
                )}
                <span className="state-badge" data-state={meeting.state.kind} data-approved={"approved" in meeting.state && meeting.state.approved ? "" : undefined}>
                  {minutesStateText(meeting.state, locale)}
                </span>
                <span className="role-badge">{t("home.yourRole", { role: t(`role.${meeting.role}`) })}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
