import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { MinutesBlockOptions } from "@/components/minutes-editor/blocks/block-options";
import { AttendancePanel } from "@/components/meetings/attendance-panel";
import { BlockTargetHighlight } from "@/components/search/block-target-highlight";
import { MeetingActions } from "@/components/meetings/meeting-actions";
import { MinutesEditorLoader } from "@/components/minutes-editor/minutes-editor-loader";
import { isAppError } from "@/lib/app-error";
import { countsAsPresent } from "@/lib/attendance";
import { meetingDocName } from "@/lib/collab-protocol";
import { isolatedText } from "@/lib/directional-controls";
import { translator } from "@/lib/i18n/translate";
import { comparisonKey } from "@/lib/persian-text";
import type { MeetingView } from "@/server/domain/meetings/meeting-view";
import { getSeries } from "@/server/domain/series/get-series";
import { listMeetings } from "@/server/domain/meetings/list-meetings";
import { readMeetingMinutes } from "@/server/domain/minutes/read-meeting-minutes";
import { listResponsibleBodies } from "@/server/domain/tracker/responsible-bodies";
import { tehranDay } from "@/server/domain/tracker/tracked-item-view";
import { getServices } from "@/server/services";
import { requestLocale } from "@/app/locale";
import { findMeetingForMember } from "@/app/meeting-queries";
import { requireSignedIn, signedInUser } from "@/app/signed-in-user";
import { MeetingDetails } from "./meeting-details";
import { MinutesLifecycleSlot } from "./versions/minutes-lifecycle-slot";

/** Where the live editor draws the comments panel. */
const COMMENTS_SLOT_ID = "meeting-comments";

/** How many of the user's earlier meetings suggest responsible bodies. */
const EARLIER_MEETINGS_FOR_BODIES = 12;

interface MeetingPageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: MeetingPageProps): Promise<Metadata> {
  const [{ id }, user] = await Promise.all([params, signedInUser()]);
  const meeting = user ? await findMeetingForMember(id, user.id) : null;
  // The layout's template puts Kateb's name after it.
  return meeting ? { title: isolatedText(meeting.title) } : {};
}

export default async function MeetingPage({ params }: MeetingPageProps) {
  const { id } = await params;
  const user = await requireSignedIn(`/meetings/${encodeURIComponent(id)}`);
  const meeting = await findMeetingForMember(id, user.id);
  if (!meeting) notFound();
  const [locale, blocks] = await Promise.all([requestLocale(), blockOptions(meeting, user.id)]);
  // Whom a comment may mention: the meeting's members.
  const members = meeting.members.map((member) => ({ id: member.userId, name: member.name }));
  const t = translator(locale);
  const comments = { userId: user.id, isOrganizer: meeting.role === "organizer", members, slotId: COMMENTS_SLOT_ID };
  return (
    <article className="meeting" aria-labelledby="meeting-title">
      <header className="meeting__header">
        <Link href="/" className="back-link">
          {t("meeting.backToList")}
        </Link>
        {meeting.series && <p className="meeting__series" dir="auto">
            {meeting.series.title}
          </p>}
        <h1 id="meeting-title" className="meeting__title" dir="auto">
          {meeting.title}
        </h1>
        <MeetingActions meetingId={meeting.id} seriesId={meeting.series?.id ?? null} role={meeting.role} locale={locale} />
      </header>
      <div className="meeting__layout">
        <section className="meeting__minutes" aria-labelledby="minutes-title">
          <h2 id="minutes-title" className="section-title">
            {t("meeting.minutes")}
          </h2>
          <MinutesLifecycleSlot meetingId={meeting.id} userId={user.id} role={meeting.role} locale={locale} />
          <MinutesEditorLoader
            meetingId={meeting.id}
            locale={locale}
            user={{ name: user.name, color: user.color }}
            blocks={blocks}
            comments={comments}
          />
          <BlockTargetHighlight />
        </section>
        <div className="meeting__side">
        {/* The live editor draws the comments panel here. */}
        <div id={COMMENTS_SLOT_ID} className="meeting__comments" />
        <AttendancePanel meetingId={meeting.id} startsAt={new Date(meeting.startsAt).toISOString()} locale={locale} canEdit={meeting.role === "organizer"} attendees={meeting.attendees} />
        <MeetingDetails t={t} locale={locale} meeting={meeting} />
        </div>
      </div>
    </article>
  );
}

function distinct(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = comparisonKey(value);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What the minutes' structured blocks offer: the meeting's people, the
 * series' categories (with the removed ones, which old proposals may name),
 * responsible bodies from the series' list, the user's earlier meetings and
 * the guests, and the meeting's day (follow-ups may not be due before it). */
async function blockOptions(meeting: MeetingView, userId: string): Promise<MinutesBlockOptions> {
  const { db } = getServices();
  const startsAt = new Date(meeting.startsAt);
  const [series, seriesBodies, earlierBodies] = await Promise.all([
    meeting.series ? getSeries({ db, userId, seriesId: meeting.series.id }) : null,
    meeting.series ? listResponsibleBodies({ db, userId, seriesId: meeting.series.id }) : [],
    earlierResponsibleBodies(userId, startsAt),
  ]);
  return {
    people: distinct([...meeting.guests.map((guest) => guest.name), ...meeting.attendees.map((attendee) => attendee.name)]),
    categories: series?.categories ?? meeting.series?.categories ?? [],
    removedCategories: series?.removedCategories ?? [],
    responsibleBodies: distinct([
      ...seriesBodies.map((body) => body.name),
      ...earlierBodies,
      ...meeting.guests.map((guest) => guest.organisation),
    ]),
    meetingDay: tehranDay(startsAt),
    presentCount: meeting.attendees.filter((attendee) => countsAsPresent(attendee.attendance)).length,
  };
}

/** The responsible bodies named by the follow-ups and resolutions of the user's latest
 * meetings before this one (only meetings the user is a member of). */
async function earlierResponsibleBodies(userId: string, before: Date): Promise<string[]> {
  const { db } = getServices();
  const { past } = await listMeetings({ db, userId, now: before });
  const readings = await Promise.all(
    past.slice(0, EARLIER_MEETINGS_FOR_BODIES).map((earlier) =>
      readMeetingMinutes({ db, docName: meetingDocName(earlier.id) }).catch((error: unknown) => {
        // A meeting whose minutes were never opened has none stored yet.
        if (isAppError(error) && error.code === "not_found") return null;
        throw error;
      }),
    ),
  );
  return readings.flatMap((reading) => (reading ? [...reading.followUps, ...reading.resolutions].map((item) => item.responsibleBody) : []));
}
