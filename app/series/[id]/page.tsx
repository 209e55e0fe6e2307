import type { Metadata } from "next";
import Link from "next/link";
import { MeetingList } from "@/components/meetings/meeting-list";
import { LetterheadEditor } from "@/components/series/letterhead-editor";
import { SeriesCategoriesEditor } from "@/components/series/series-categories-editor";
import { UserText } from "@/components/ui/user-text";
import { meetingList } from "@/lib/contracts/meetings";
import { isolatedText } from "@/lib/directional-controls";
import type { Locale } from "@/lib/i18n/locales";
import { translator, type Translator } from "@/lib/i18n/translate";
import { getSeries } from "@/server/domain/series/get-series";
import { getLetterhead } from "@/server/domain/series/letterhead";
import { listMeetings } from "@/server/domain/meetings/list-meetings";
import { getServices } from "@/server/services";
import { orNotFound } from "@/app/found";
import { requestLocale } from "@/app/locale";
import { requireSignedIn, signedInUser } from "@/app/signed-in-user";

interface SeriesPageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: SeriesPageProps): Promise<Metadata> {
  const [{ id }, user] = await Promise.all([params, signedInUser()]);
  if (!user) return {};
  const series = await getSeries({ db: getServices().db, userId: user.id, seriesId: id }).catch(() => null);
  return series ? { title: isolatedText(series.title) } : {};
}

export default async function SeriesPage({ params }: SeriesPageProps) {
  const { id } = await params;
  const user = await requireSignedIn(`/series/${encodeURIComponent(id)}`);
  const locale = await requestLocale();
  const t = translator(locale);
  const { db } = getServices();
  const series = await orNotFound(getSeries({ db, userId: user.id, seriesId: id }));
  const { upcoming, past } = meetingList.parse(await listMeetings({ db, userId: user.id, seriesId: series.id }));
  return (
    <article aria-labelledby="series-page-title">
      <Link href="/series" className="back-link">
        {t("seriesPage.backToList")}
      </Link>
      <div className="page-heading">
        <div>
          <p className="eyebrow">{t("seriesPage.eyebrow")}</p>
          <h1 id="series-page-title" className="page-title" dir="auto">
            {series.title}
          </h1>
        </div>
        <nav className="page-actions" aria-label={t("pages.actions")}>
          <Link className="button" href={`/series/${encodeURIComponent(series.id)}/tracker`}>
            {t("tracker.link.tracker")}
          </Link>
          <Link className="button" href={`/series/${encodeURIComponent(series.id)}/tracker/dashboard`}>
            {t("tracker.link.dashboard")}
          </Link>
          {series.canManage && (
            <Link className="button button--primary" href={`/meetings/new?seriesId=${encodeURIComponent(series.id)}`}>
              {t("seriesPage.newMeetingHere")}
            </Link>
          )}
        </nav>
      </div>
      <div className="two-columns">
        <div>
          <MeetingList
            locale={locale}
            id="series-upcoming"
            heading="pages.upcoming"
            empty="pages.noUpcoming"
            meetings={upcoming}
            showSeries={false}
          />
          <MeetingList
            locale={locale}
            id="series-past"
            heading="pages.past"
            empty="pages.noPast"
            meetings={past}
            showSeries={false}
          />
        </div>
        <div>
          <SeriesCategories t={t} locale={locale} series={series} />
          {series.canManage && (
            <section className="card" aria-labelledby="letterhead-title">
              <h2 id="letterhead-title" className="section-title">
                {t("letterhead.title")}
              </h2>
              <p className="muted">{t("letterhead.intro")}</p>
              <LetterheadEditor locale={locale} seriesId={series.id} initial={await getLetterhead({ db, userId: user.id, seriesId: series.id })} />
            </section>
          )}
        </div>
      </div>
    </article>
  );
}

/** The series' proposal categories: the editor for its organizers, a list for everyone else. */
function SeriesCategories({ t, locale, series }: { t: Translator; locale: Locale; series: Awaited<ReturnType<typeof getSeries>> }) {
  return (
  <section className="card" aria-labelledby="categories-title">
    <h2 id="categories-title" className="section-title">
      {t("seriesPage.categories")}
    </h2>
    {series.canManage ? (
      <>
        <p className="muted">{t("categories.intro")}</p>
        <SeriesCategoriesEditor
          locale={locale}
          seriesId={series.id}
          categories={series.categories}
          removedCategories={series.removedCategories}
        />
      </>
    ) : (
      <ol className="agenda-list">
        {series.categories.map((category) => (
          <li key={category.id}>
            <UserText text={category.name} />
          </li>
        ))}
      </ol>
    )}
  </section>
  );
}
