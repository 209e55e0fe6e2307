import Link from "next/link";
import { MeetingList } from "../components/meetings/meeting-list";
import { meetingList } from "../lib/contracts/meetings";
import { translator } from "../lib/i18n/translate";
import { listMeetings } from "../server/domain/meetings/list-meetings";
import { getServices } from "../server/services";
import { requestLocale } from "./locale";
import { requireSignedIn } from "./signed-in-user";

export default async function HomePage() {
  const user = await requireSignedIn("/");
  const locale = await requestLocale();
  const t = translator(locale);
  const { upcoming, past } = meetingList.parse(await listMeetings({ db: getServices().db, userId: user.id }));
  return (
    <section aria-labelledby="home-title">
      <div className="page-heading">
        <div>
          <h1 id="home-title" className="page-title">
            {t("home.title")}
          </h1>
          <p className="muted">{t("home.intro")}</p>
        </div>
        <nav className="page-actions" aria-label={t("pages.actions")}>
          <Link className="button button--primary" href="/meetings/new">
            {t("pages.newMeeting")}
          </Link>
          <Link className="button" href="/series">
            {t("pages.allSeries")}
          </Link>
        </nav>
      </div>
      {upcoming.length === 0 && past.length === 0 ? (
        <p className="card empty">{t("home.empty")}</p>
      ) : (
        <>
          <MeetingList locale={locale} id="upcoming" heading="pages.upcoming" empty="pages.noUpcoming" meetings={upcoming} />
          <MeetingList locale={locale} id="past" heading="pages.past" empty="pages.noPast" meetings={past} />
        </>
      )}
    </section>
  );
}
