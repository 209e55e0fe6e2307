import Link from "next/link";
import { translator } from "../lib/i18n/translate";
import { formatDateBoth } from "../lib/jalali-date";
import { requestLocale } from "./locale";
import { listMeetingsOf } from "./meeting-queries";
import { requireSignedIn } from "./signed-in-user";

export default async function HomePage() {
  const user = await requireSignedIn("/");
  const locale = await requestLocale();
  const t = translator(locale);
  const meetings = await listMeetingsOf(user.id);
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title" className="page-title">
        {t("home.title")}
      </h1>
      <p className="muted">{t("home.intro")}</p>
      {meetings.length === 0 ? (
        <p className="card empty">{t("home.empty")}</p>
      ) : (
        <ul className="meeting-list">
          {meetings.map((meeting) => (
            <li key={meeting.id} className="meeting-card card">
              {meeting.series && <p className="meeting-card__series" dir="auto">
                  {meeting.series}
                </p>}
              <h2 className="meeting-card__title" dir="auto">
                <Link href={`/meetings/${meeting.id}`}>{meeting.title}</Link>
              </h2>
              <p className="meeting-card__meta">
                <time dateTime={meeting.startsAt.toISOString()}>{formatDateBoth(meeting.startsAt, locale)}</time>
                {meeting.place && <bdi>{meeting.place}</bdi>}
              </p>
              <p className="role-badge">{t("home.yourRole", { role: t(`role.${meeting.role}`) })}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
