// The tracker of a series: its follow-ups across all its meetings, filtered by
// status, category, responsible body, meeting and overdue, sorted by due date
// on request, exported as CSV or Word; organizers change statuses here.
import type { Metadata } from "next";
import Link from "next/link";
import { ItemHistory } from "@/components/tracker/item-history";
import { StatusChangeForm } from "@/components/tracker/status-change-form";
import { UserText } from "@/components/user-text";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator } from "@/lib/i18n/translate";
import { statusText } from "@/lib/tracker-table";
import { TRACKER_STATUSES } from "@/lib/tracker-status";
import { safeParseInput } from "@/lib/validation/parse-input";
import { trackerFilterSchema, type TrackerFilter } from "@/lib/validation/tracker";
import { getSeries } from "@/server/domain/series/get-series";
import { listTrackerItems } from "@/server/domain/tracker/list-tracker-items";
import { listResponsibleBodies } from "@/server/domain/tracker/responsible-bodies";
import { getServices } from "@/server/services";
import { orNotFound } from "@/app/found";
import { requestLocale } from "@/app/locale";
import { requireSignedIn } from "@/app/signed-in-user";

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
  const [{ items }, everything, bodies] = await Promise.all([
    listTrackerItems({ db, userId: user.id, seriesId: series.id, filter, locale, withHistory: true }),
    listTrackerItems({ db, userId: user.id, seriesId: series.id, filter: { sort: "created" }, locale }),
    listResponsibleBodies({ db, userId: user.id, seriesId: series.id }),
  ]);
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
      <form className="form card" method="get" aria-labelledby="tracker-filters">
        <h2 id="tracker-filters" className="section-title">
          {t("tracker.filter.heading")}
        </h2>
        <div className="field">
          <label htmlFor="filter-status">{t("tracker.column.status")}</label>
          <select id="filter-status" name="status" defaultValue={filter.status ?? ""}>
            <option value="">{t("tracker.filter.any")}</option>
            <option value="open">{t("tracker.filter.open")}</option>
            {TRACKER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`tracker.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-category">{t("tracker.column.category")}</label>
          <select id="filter-category" name="category" defaultValue={filter.category ?? ""}>
            <option value="">{t("tracker.filter.any")}</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-body">{t("tracker.column.body")}</label>
          <select id="filter-body" name="body" defaultValue={filter.body ?? ""}>
            <option value="">{t("tracker.filter.any")}</option>
            {bodies.map((body) => (
              <option key={body.id} value={body.id}>
                {body.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-meeting">{t("tracker.column.meeting")}</label>
          <select id="filter-meeting" name="meeting" defaultValue={filter.meeting ?? ""}>
            <option value="">{t("tracker.filter.any")}</option>
            {meetings.map((meeting) => (
              <option key={meeting.id} value={meeting.id}>
                {meeting.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label>
            <input type="checkbox" name="overdue" value="true" defaultChecked={filter.overdue === true} /> {t("tracker.filter.overdue")}
          </label>
        </div>
        <div className="field">
          <label>
            <input type="checkbox" name="sort" value="due" defaultChecked={filter.sort === "due"} /> {t("tracker.filter.sortDue")}
          </label>
        </div>
        <div className="form__actions">
          <button className="button button--primary" type="submit">
            {t("tracker.filter.apply")}
          </button>
        </div>
      </form>
      {items.length === 0 ? (
        <p className="empty">{t("tracker.empty")}</p>
      ) : (
        <table className="tracker-table">
          <thead>
            <tr>
              <th scope="col">{t("tracker.column.number")}</th>
              <th scope="col">{t("tracker.column.text")}</th>
              <th scope="col">{t("tracker.column.meeting")}</th>
              <th scope="col">{t("tracker.column.category")}</th>
              <th scope="col">{t("tracker.column.body")}</th>
              <th scope="col">{t("tracker.column.due")}</th>
              <th scope="col">{t("tracker.column.status")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => (
              <tr key={item.id} data-overdue={item.overdue ? "true" : undefined} data-status={item.status}>
                <td>{formatInteger(index + 1, locale)}</td>
                <td dir="auto">
                  <span className="chip">{t(`tracker.kind.${item.kind}`)}</span> <UserText text={item.text} />
                </td>
                <td dir="auto">
                  {/* A full load, so the browser scrolls to the block and marks it :target. */}
                  <a href={item.link}>
                    <UserText text={item.meeting.title} />
                  </a>
                  {" · "}
                  {t("tracker.column.version")} {formatInteger(item.versionNumber, locale)}
                </td>
                <td dir="auto">{item.category?.name ?? ""}</td>
                <td dir="auto">{item.responsibleBody?.name ?? ""}</td>
                <td>{item.dueJalali || t("tracker.noDue")}</td>
                <td>
                  <strong style={item.overdue ? { color: "#b42318" } : undefined}>{statusText(item, locale)}</strong>
                  {item.history && item.history.length > 0 && <ItemHistory history={item.history} locale={locale} />}
                  {series.canManage && (
                    <StatusChangeForm
                      locale={locale}
                      itemId={item.id}
                      status={item.status}
                      bodies={bodies}
                      bodyId={item.responsibleBody?.id ?? ""}
                      due={item.dueJalali}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
