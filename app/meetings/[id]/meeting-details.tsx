// The meeting page's details beside the minutes: date and time, place, the
// reader's role, the guests and the agenda.
import { UserText } from "@/components/ui/user-text";
import { formatInteger } from "@/lib/i18n/numbers";
import { formatDateBoth } from "@/lib/jalali-date";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translate";
import type { findMeetingForMember } from "@/app/meeting-queries";

type Meeting = NonNullable<Awaited<ReturnType<typeof findMeetingForMember>>>;

export function MeetingDetails({ t, locale, meeting }: { t: Translator; locale: Locale; meeting: Meeting }) {
  const startsAt = new Date(meeting.startsAt);
  return (
    <aside className="meeting__details card" aria-labelledby="details-title">
      <h2 id="details-title" className="section-title">
        {t("meeting.details")}
      </h2>
      <dl className="details">
        <dt>{t("meeting.date")}</dt>
        <dd>
          <time dateTime={startsAt.toISOString()}>
            {formatDateBoth(startsAt, locale, { time: true })}
          </time>
        </dd>
        {meeting.place && (
          <>
            <dt>{t("meeting.place")}</dt>
            <dd dir="auto">{meeting.place}</dd>
          </>
        )}
        {meeting.sessionNumber !== null && (
          <>
            <dt>{t("meetingForm.sessionNumber")}</dt>
            <dd>{formatInteger(meeting.sessionNumber, locale)}</dd>
          </>
        )}
        <dt>{t("meeting.yourRole")}</dt>
        <dd>{t(`role.${meeting.role}`)}</dd>
      </dl>
      {meeting.guests.length > 0 && (
        <>
          <h3 className="details__heading">{t("meeting.guests")}</h3>
          <ul className="guest-list">
            {meeting.guests.map((guest) => (
              <li key={guest.id}>
                <span className="guest-list__name" dir="auto">
                  {guest.name}
                </span>
                {[guest.role, guest.organisation].filter(Boolean).map((line) => (
                  <span key={line} className="guest-list__role" dir="auto">
                    {line}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
      {meeting.agenda.length > 0 && (
        <>
          <h3 className="details__heading">{t("meeting.agenda")}</h3>
          <ol className="agenda-list">
            {meeting.agenda.map((topic) => (
              <li key={topic.id}>
                <UserText text={topic.title} />
              </li>
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}
