// The tracker of a series: its follow-ups across all its meetings, filtered by
// status, category, responsible body, meeting and overdue, sorted by due date
// on request, exported as CSV or Word; organizers change statuses here.
import type { Metadata } from "next";
import Link from "next/link";
import { trackerList } from "@/lib/contracts/tracker";
import { translator } from "@/lib/i18n/translate";
import { safeParseInput } from "@/lib/validation/parse-input";
import { trackerFilterSchema, type TrackerFilter } from "@/lib/validation/tracker";
import { getSeries } from "@/server/domain/series/get-series";
import { listTrackerItems } from "@/server/domain/tracker/list-tracker-items";
import { listResponsibleBodies } from "@/server/domain/tracker/responsible-bodies";
import { getServices } from "@/server/services";
import { orNotFound } from "@/app/found";
import { requestLocale } from "@/app/locale";
import { requireSignedIn } from "@/app/signed-in-user";
import { TrackerFilters } from "./tracker-filters";
import { TrackerTable } from "./tracker-table";

interface TrackerPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await requestLocale())("tracker.page.title") };
}

const FILTER_NAMES = ["status", "category", "body", "meeting", "overdue", "sort"] as const;

function filterOf(query: Record<string, string | string[] | undefined>): { filter: TrackerFilter; params: URLSearchParams } {
  const given: Record<string, string> = {};
  for (const name of FILTER_NAMES) {
    const value = query[name];
    if (typeof value === "string" && value !== "") given[name] = value;
  }
  const parsed = safeParseInput(trackerFilterSchema, given);
  const filter = parsed.success ? parsed.data : { sort: "created" as const };
  const params = new URLSearchParams(parsed.success ? given : {});
  return { filter, params };
}

export default async function TrackerPage({ params, searchParams }: TrackerPageProps) {
  const { id } = await params;
  const user = await requireSignedIn(`/series/${encodeURIComponent(id)}/tracker`);
  const locale = await requestLocale();
  const t = translator(locale);
  const { db } = getServices();
  const series = await orNotFound(getSeries({ db, userId: user.id, seriesId: id }));
  const { filter, params: query } = filterOf(await searchParams);
  const [listed, everything, bodies] = await Promise.all([
    listTrackerItems({ db, userId: user.id, seriesId: series.id, filter, locale, withHistory: true }),
    listTrackerItems({ db, userId: user.id, seriesId: series.id, filter: { sort: "created" }, locale }),
    listResponsibleBodies({ db, userId: user.id, seriesId: series.id }),
  ]);
  // The table reads what the API would answer: the items' moments as ISO strings.
  const { items } = trackerList.parse(listed);
  const meetings = [...new Map(everything.items.map((item) => [item.meeting.id, item.meeting])).values()];
  const categories = [...series.categories, ...series.removedCategories];
  const exportUrl = (format: "csv" | "docx"): string => {
    const exportQuery = new URLSearchParams(query);
    exportQuery.set("format", format);
    exportQuery.set("lang", locale);
    return `/api/series/${encodeURIComponent(series.id)}/tracker/export?${exportQuery.toString()}`;
  };
  return (
    <article aria-labelledby="tracker-title">
      <Link href={`/series/${encodeURIComponent(series.id)}`} className="back-link">
        {t("tracker.page.backToSeries")}
      </Link>
      <div className="page-heading">
        <div>
          <p className="eyebrow" dir="auto">
            {series.title}
          </p>
          <h1 id="tracker-title" className="page-title">
            {t("tracker.page.title")}
          </h1>
          <p className="muted">{t("tracker.page.intro")}</p>
        </div>
        <nav className="page-actions" aria-label={t("pages.actions")}>
          <Link className="button" href={`/series/${encodeURIComponent(series.id)}/tracker/dashboard`}>
            {t("tracker.dashboard.link")}
          </Link>
          {items.length > 0 && (
            <>
              <a className="button" href={exportUrl("csv")} download>
                {t("tracker.export.csv")}
              </a>
              <a className="button" href={exportUrl("docx")} download>
                {t("tracker.export.docx")}
              </a>
            </>
          )}
        </nav>
      </div>
      <TrackerFilters
        t={t}
        filter={filter}
        categories={categories}
        bodies={bodies}
        meetings={meetings.map(({ id: meetingId, title }) => ({ id: meetingId, name: title }))}
      />
      {items.length === 0 ? (
        <p className="empty">{t("tracker.empty")}</p>
      ) : (
        <TrackerTable t={t} locale={locale} items={items} bodies={bodies} canManage={series.canManage} />
      )}
    </article>
  );
}
