import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MinutesEditorLoader } from "../../../components/minutes-editor/minutes-editor-loader";
import { translator } from "../../../lib/i18n/translate";
import { formatDateBoth } from "../../../lib/jalali-date";
import { requestLocale } from "../../locale";
import { findMeetingForMember } from "../../meeting-queries";
import { requireSignedIn, signedInUser } from "../../signed-in-user";

interface MeetingPageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: MeetingPageProps): Promise<Metadata> {
  const [{ id }, user] = await Promise.all([params, signedInUser()]);
  const meeting = user ? await findMeetingForMember(id, user.id) : null;
  return meeting ? { title: meeting.title } : {};
}

export default async function MeetingPage({ params }: MeetingPageProps) {
  const { id } = await params;
  const user = await requireSignedIn(`/meetings/${encodeURIComponent(id)}`);
  const meeting = await findMeetingForMember(id, user.id);
  if (!meeting) notFound();
  const locale = await requestLocale();
  const t = translator(locale);
  return (
    <article className="meeting" aria-labelledby="meeting-title">
      <header className="meeting__header">
        <Link href="/" className="back-link">
          {t("meeting.backToList")}
        </Link>
        {meeting.series && <p className="meeting__series" dir="auto">
            {meeting.series}
          </p>}
        <h1 id="meeting-title" className="meeting__title" dir="auto">
          {meeting.title}
        </h1>
      </header>
      <div className="meeting__layout">
        <section className="meeting__minutes" aria-labelledby="minutes-title">
          <h2 id="minutes-title" className="section-title">
            {t("meeting.minutes")}
          </h2>
          <MinutesEditorLoader meetingId={meeting.id} locale={locale} user={{ name: user.name, color: user.color }} />
        </section>
        <aside className="meeting__details card" aria-labelledby="details-title">
          <h2 id="details-title" className="section-title">
            {t("meeting.details")}
          </h2>
          <dl className="details">
            <dt>{t("meeting.date")}</dt>
            <dd>
              <time dateTime={meeting.startsAt.toISOString()}>
                {formatDateBoth(meeting.startsAt, locale, { time: true })}
              </time>
            </dd>
            {meeting.place && (
              <>
                <dt>{t("meeting.place")}</dt>
                <dd dir="auto">{meeting.place}</dd>
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
                    <bdi>{topic.title}</bdi>
                  </li>
                ))}
              </ol>
            </>
          )}
        </aside>
      </div>
    </article>
  );
}
