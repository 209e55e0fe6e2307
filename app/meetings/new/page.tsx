import type { Metadata } from "next";
import Link from "next/link";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { translator } from "@/lib/i18n/translate";
import { instantToJalaliDateTime } from "@/lib/jalali-date-time";
import { nextSessionNumbers } from "@/server/domain/meetings/session-number";
import { listSeries } from "@/server/domain/series/list-series";
import { getServices } from "@/server/services";
import { requestLocale } from "@/app/locale";
import { requireSignedIn } from "@/app/signed-in-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await requestLocale())("meetingForm.newTitle") };
}

/** A new meeting is proposed for today at this hour, Tehran time. */
const DEFAULT_HOUR = 10;

export default async function NewMeetingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { seriesId } = await searchParams;
  const wanted = typeof seriesId === "string" ? seriesId : "";
  const user = await requireSignedIn(wanted ? `/meetings/new?seriesId=${encodeURIComponent(wanted)}` : "/meetings/new");
  const locale = await requestLocale();
  const t = translator(locale);
  const { db } = getServices();
  const series = (await listSeries({ db, userId: user.id })).filter((each) => each.canManage);
  const next = await nextSessionNumbers(db, series.map((each) => each.id));
  const chosen = series.some((each) => each.id === wanted) ? wanted : series.length === 1 ? (series[0]?.id ?? "") : "";
  const today = instantToJalaliDateTime(new Date());
  return (
    <section aria-labelledby="new-meeting-title" className="form-page">
      <Link href="/" className="back-link">
        {t("meeting.backToList")}
      </Link>
      <h1 id="new-meeting-title" className="page-title">
        {t("meetingForm.newTitle")}
      </h1>
      {series.length === 0 ? (
        <div className="notice notice--info">
          <p>{t("meetingForm.noSeries")}</p>
          <p>
            <Link href="/series">{t("pages.allSeries")}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="muted">{t("meetingForm.newIntro")}</p>
          <MeetingForm
            mode="create"
            locale={locale}
            series={series.map(({ id, title }) => ({ id, title, nextSessionNumber: next.get(id) ?? null }))}
            seriesId={chosen}
            initial={{
              title: "",
              startsAt: { ...today, hour: DEFAULT_HOUR, minute: 0 },
              place: "",
              guests: [],
              attendees: [],
              agenda: [],
            }}
          />
        </>
      )}
    </section>
  );
}
