// The follow-up dashboard of a series: items by status and by category,
// closure rate and median days to close per responsible body, and the overdue
// count, drawn as SVG charts that read right-to-left in Persian.
import type { Metadata } from "next";
import Link from "next/link";
import { BarChart } from "@/components/tracker/bar-chart";
import { formatInteger } from "@/lib/i18n/numbers";
import type { Locale } from "@/lib/i18n/locales";
import { translator, type Translator } from "@/lib/i18n/translate";
import { trackerDashboard } from "@/server/domain/tracker/tracker-dashboard";
import { getServices } from "@/server/services";
import { orNotFound } from "@/app/found";
import { requestLocale } from "@/app/locale";
import { requireSignedIn } from "@/app/signed-in-user";

interface DashboardPageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await requestLocale())("tracker.dashboard.title") };
}

export default async function DashboardPage({ params }: DashboardPageProps) {
  const { id } = await params;
  const user = await requireSignedIn(`/series/${encodeURIComponent(id)}/tracker/dashboard`);
  const locale = await requestLocale();
  const t = translator(locale);
  const dashboard = await orNotFound(trackerDashboard({ db: getServices().db, userId: user.id, seriesId: id }));
  const n = (value: number): string => formatInteger(value, locale);
  return (
    <article aria-labelledby="dashboard-title">
      <Link href={`/series/${encodeURIComponent(dashboard.series.id)}/tracker`} className="back-link">
        {t("tracker.page.title")}
      </Link>
      <div className="page-heading">
        <div>
          <p className="eyebrow" dir="auto">
            {dashboard.series.title}
          </p>
          <h1 id="dashboard-title" className="page-title">
            {t("tracker.dashboard.title")}
          </h1>
        </div>
      </div>
      <dl className="dashboard-summary">
        <div className="card">
          <dt>{t("tracker.dashboard.total")}</dt>
          <dd>{n(dashboard.total)}</dd>
        </div>
        <div className="card" data-alert={dashboard.overdue > 0 || undefined}>
          <dt>{t("tracker.dashboard.overdue")}</dt>
          <dd>{n(dashboard.overdue)}</dd>
        </div>
      </dl>
      <DashboardCharts t={t} locale={locale} dashboard={dashboard} />
    </article>
  );
}

type Dashboard = Awaited<ReturnType<typeof trackerDashboard>>;

/** The four charts: by status, by category, closure rate and median days to close per body. */
function DashboardCharts({ t, locale, dashboard }: { t: Translator; locale: Locale; dashboard: Dashboard }) {
  const n = (value: number): string => formatInteger(value, locale);
  const decimal = (value: number): string => value.toLocaleString(locale === "fa" ? "fa-IR-u-nu-arabext" : "en-GB", { maximumFractionDigits: 1 });
  const percent = (value: number): string =>
    value.toLocaleString(locale === "fa" ? "fa-IR-u-nu-arabext" : "en-GB", { style: "percent", maximumFractionDigits: 0 });
  const closed = dashboard.byBody.filter((body) => body.medianDaysToClose !== null);
  return (
  <div className="dashboard-charts">
    <BarChart
      id="chart-status"
      locale={locale}
      title={t("tracker.dashboard.byStatus")}
      // One bar per status, adding up to "all items" (overdue is not a status:
      // its own figure stands beside "all items" above).
      bars={dashboard.byStatus.map((entry) => ({ label: t(`tracker.status.${entry.status}`), value: entry.count, text: n(entry.count) }))}
    />
    <BarChart
      id="chart-category"
      locale={locale}
      title={t("tracker.dashboard.byCategory")}
      bars={dashboard.byCategory.map((entry) => ({
        label: entry.id === null ? t("tracker.dashboard.noCategory") : entry.name,
        value: entry.count,
        text: n(entry.count),
      }))}
    />
    <BarChart
      id="chart-closure"
      locale={locale}
      title={t("tracker.dashboard.closureRate")}
      max={1}
      bars={dashboard.byBody.map((body) => ({
        label: body.id === null ? t("tracker.dashboard.noBody") : body.name,
        value: body.closureRate,
        text: `${percent(body.closureRate)} — ${t("tracker.dashboard.closedOf", { closed: n(body.closed), total: n(body.total) })}`,
      }))}
    />
    {closed.length > 0 ? (
      <BarChart
        id="chart-days"
        locale={locale}
        title={t("tracker.dashboard.medianDays")}
        bars={closed.map((body) => ({
          label: body.id === null ? t("tracker.dashboard.noBody") : body.name,
          value: body.medianDaysToClose ?? 0,
          text: t("tracker.dashboard.days", { value: decimal(body.medianDaysToClose ?? 0) }),
        }))}
      />
    ) : (
      <section className="card">
        <h2 className="section-title">{t("tracker.dashboard.medianDays")}</h2>
        <p className="muted">{t("tracker.dashboard.noClosed")}</p>
      </section>
    )}
  </div>
  );
}
