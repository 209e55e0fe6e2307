import type { Metadata } from "next";
import Link from "next/link";
import { SeriesCreateForm } from "@/components/series/series-create-form";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator } from "@/lib/i18n/translate";
import { listMeetings } from "@/server/domain/meetings/list-meetings";
import { listSeries } from "@/server/domain/series/list-series";
import { getServices } from "@/server/services";
import { requestLocale } from "../locale";
import { requireSignedIn } from "../signed-in-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await requestLocale())("seriesPage.title") };
}

export default async function SeriesListPage() {
  const user = await requireSignedIn("/series");
  const locale = await requestLocale();
  const t = translator(locale);
  const { db } = getServices();
  const [series, meetings] = await Promise.all([
    listSeries({ db, userId: user.id }),
    listMeetings({ db, userId: user.id }),
  ]);
  // The meetings of each series that the user is a member of.
  const counts = new Map<string, number>();
  for (const meeting of [...meetings.upcoming, ...meetings.past]) {
    if (meeting.series) counts.set(meeting.series.id, (counts.get(meeting.series.id) ?? 0) + 1);
  }
  return (
    <section aria-labelledby="series-title">
      <div className="page-heading">
        <div>
          <h1 id="series-title" className="page-title">
            {t("seriesPage.title")}
          </h1>
          <p className="muted">{t("seriesPage.intro")}</p>
        </div>
        <nav className="page-actions" aria-label={t("pages.actions")}>
          <Link className="button button--primary" href="/meetings/new">
            {t("pages.newMeeting")}
          </Link>
        </nav>
      </div>
      <div className="two-columns">
        <div>
          {series.length === 0 ? (
            <p className="card empty">{t("seriesPage.empty")}</p>
          ) : (
            <ul className="series-list">
              {series.map((each) => {
                const count = counts.get(each.id) ?? 0;
                return (
                  <li key={each.id} className="series-card card">
                    <h2 className="series-card__title" dir="auto">
                      <Link href={`/series/${encodeURIComponent(each.id)}`}>{each.title}</Link>
                    </h2>
                    <p className="series-card__meta">
                      <span>
                        {t(count === 1 ? "seriesPage.meetingCount.one" : "seriesPage.meetingCount.other", {
                          count: formatInteger(count, locale),
                        })}
                      </span>
                      {each.canManage && <span className="role-badge">{t("seriesPage.youManage")}</span>}
                    </p>
                    <h3 className="series-card__subheading" id={`categories-${each.id}`}>
                      {t("seriesPage.categories")}
                    </h3>
                    <ul className="chips" aria-labelledby={`categories-${each.id}`}>
                      {each.categories.map((category) => (
                        <li key={category.id} className="chip" dir="auto">
                          {category.name}
                        </li>
                      ))}
                    </ul>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
        <section className="card" aria-labelledby="new-series-title">
          <h2 id="new-series-title" className="section-title">
            {t("seriesPage.newSeries")}
          </h2>
          <SeriesCreateForm locale={locale} />
        </section>
      </div>
    </section>
  );
}
