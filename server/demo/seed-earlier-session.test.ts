// The demo seed gives the tracker and its dashboard something to show: the
// earlier session of the sample series, locked, with follow-ups in every status.
import { describe, expect, it } from "vitest";
import { meetingDocName } from "@/lib/collab-protocol";
import { readMeetingMinutes } from "../domain/minutes/read-meeting-minutes";
import { listTrackerItems } from "../domain/tracker/list-tracker-items";
import { trackerDashboard } from "../domain/tracker/tracker-dashboard";
import { verifyMeetingVersion } from "../domain/versions/verify-version";
import { seededDemoForFile } from "@/tests/fixtures/seeded-demo-for-file";
import { DEMO_USERS } from "../accounts/demo-accounts";
import { EARLIER_SESSION } from "./seed-earlier-session";

const { t, sample: demo } = seededDemoForFile();

describe("the seeded earlier session", () => {
  it("is locked as version 1, verified, and every demo user holds the same role in it", async () => {
    const earlier = await t.db.meeting.findFirstOrThrow({ where: { title: EARLIER_SESSION.title }, include: { memberships: { include: { user: true } } } });
    const sample = await t.db.meeting.findUniqueOrThrow({ where: { id: demo.meetingId } });
    expect(earlier).toMatchObject({ seriesId: sample.seriesId, minutesStatus: "locked" });
    expect(earlier.startsAt.getTime()).toBeLessThan(sample.startsAt.getTime());
    expect(Object.fromEntries(earlier.memberships.map((member) => [member.user.email, member.role]))).toEqual(
      Object.fromEntries(DEMO_USERS.map((user) => [user.email, user.role])),
    );
    const organizer = earlier.memberships.find((member) => member.role === "organizer");
    const check = await verifyMeetingVersion({ db: t.db, userId: organizer?.userId ?? "", meetingId: earlier.id, versionNumber: 1 });
    expect(check).toMatchObject({ ok: true, failed: [] });
    // The sample meeting's own minutes are as before: no carry-over section.
    const reading = await readMeetingMinutes({ db: t.db, docName: meetingDocName(demo.meetingId) });
    expect(reading.sections.some((section) => section.kind === "carryOver")).toBe(false);
  });

  it("fills the tracker and the dashboard: every status, five bodies, closing times, overdue items, history", async () => {
    const sample = await t.db.meeting.findUniqueOrThrow({ where: { id: demo.meetingId }, include: { memberships: { where: { role: "organizer" } } } });
    const seriesId = sample.seriesId ?? "";
    const userId = sample.memberships[0]?.userId ?? "";
    const dashboard = await trackerDashboard({ db: t.db, userId, seriesId, now: new Date("2026-01-01T00:00:00Z") });
    expect(Object.fromEntries(dashboard.byStatus.map((entry) => [entry.status, entry.count]))).toEqual({
      routed: 2,
      acknowledged: 1,
      in_progress: 2,
      answered: 1,
      closed: 3,
      withdrawn: 1,
    });
    // All items: what the status bars add up to, the withdrawn one included.
    expect(dashboard.total).toBe(10);
    expect(dashboard.overdue).toBe(2);
    expect(dashboard.byCategory.map((entry) => entry.count).sort()).toEqual([1, 1, 1, 6]);
    expect(dashboard.byBody.map((body) => [body.name, body.total, body.closed, body.medianDaysToClose])).toEqual([
      ["ادارهٔ کل بهزیستی استان قم", 3, 2, 28.1],
      ["دانشگاه قم", 2, 0, null],
      ["مدیریت حوزهٔ علمیهٔ قم", 2, 1, 18.1],
      ["استانداری قم", 1, 0, null],
      ["شهرداری قم", 1, 0, null],
    ]);
    const { items } = await listTrackerItems({ db: t.db, userId, seriesId, filter: { sort: "created" }, locale: "fa" });
    expect(items).toHaveLength(10);
    const withHistory = await t.db.trackedItemEvent.count({ where: { item: { seriesId } } });
    expect(withHistory).toBe(10 + 20);
  });
});
