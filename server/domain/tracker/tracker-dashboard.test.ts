// The dashboard's figures from a real tracker.
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import { changeTrackedItemSchema } from "@/lib/validation/tracker";
import { createUser } from "@/tests/helpers/factories";
import { testDbForFile } from "@/tests/fixtures/test-db-for-file";
import { createSeriesMeeting, createSeriesWithOrganizer, lockWith, trackerMinutes } from "@/tests/helpers/tracker-minutes";
import { changeItemStatus } from "./change-item-status";
import { median, trackerDashboard } from "./tracker-dashboard";

const t = testDbForFile();

describe("median", () => {
  it("is the middle value, or the mean of the two middle ones; null for none", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe("trackerDashboard", () => {
  it("counts by status and category, the closure rate per body and overdue items; readers only", async () => {
    const { seriesId, organizerId, categoryIds } = await createSeriesWithOrganizer(t.db);
    const meetingId = await createSeriesMeeting(t.db, seriesId, [{ userId: organizerId, role: "organizer" }]);
    await lockWith(
      t.db,
      meetingId,
      organizerId,
      trackerMinutes({
        followUps: [
          { id: "a", text: "یک", responsibleBody: "سازمان بهزیستی", due: "2019-12-01" },
          { id: "b", text: "دو", responsibleBody: "سازمان بهزيستي" },
          { id: "c", text: "سه", responsibleBody: "معاونت حقوقی" },
        ],
        proposals: [{ id: "p", text: "چهار", categoryId: categoryIds[1], followUp: true }],
      }),
    );
    const b = await t.db.trackedItem.findUniqueOrThrow({ where: { meetingId_sourceBlockId: { meetingId, sourceBlockId: "b" } } });
    await changeItemStatus({ db: t.db, itemId: b.id, userId: organizerId, fields: changeTrackedItemSchema.parse({ status: "closed", note: "انجام شد" }) });
    const dashboard = await trackerDashboard({ db: t.db, userId: organizerId, seriesId, now: new Date("2020-01-01T12:00:00Z") });
    expect(dashboard.total).toBe(4);
    expect(dashboard.overdue).toBe(1);
    expect(Object.fromEntries(dashboard.byStatus.map((entry) => [entry.status, entry.count]))).toMatchObject({ routed: 3, closed: 1 });
    expect(dashboard.byCategory).toEqual([
      { id: null, name: "", count: 3 },
      { id: categoryIds[1], name: "تأمین منابع", count: 1 },
    ]);
    const behzisti = dashboard.byBody.find((body) => body.name === "سازمان بهزیستی");
    expect(behzisti).toMatchObject({ total: 2, closed: 1, closureRate: 0.5 });
    expect(behzisti?.medianDaysToClose).toBeGreaterThanOrEqual(0);
    expect(dashboard.byBody.find((body) => body.name === "معاونت حقوقی")).toMatchObject({ closed: 0, medianDaysToClose: null });

    const stranger = await createUser(t.db);
    await expect(trackerDashboard({ db: t.db, userId: stranger.id, seriesId })).rejects.toBeInstanceOf(AppError);
  });

  it("counts every item once under its status: all items are the sum of the status bars, the withdrawn and any stored status it does not know included", async () => {
    const { seriesId, organizerId } = await createSeriesWithOrganizer(t.db);
    const meetingId = await createSeriesMeeting(t.db, seriesId, [{ userId: organizerId, role: "organizer" }]);
    await lockWith(
      t.db,
      meetingId,
      organizerId,
      trackerMinutes({
        followUps: [
          { id: "a", text: "یک", responsibleBody: "سازمان بهزیستی", due: "2019-12-01" },
          { id: "b", text: "دو", responsibleBody: "شهرداری قم" },
          { id: "c", text: "سه", responsibleBody: "دانشگاه قم" },
        ],
      }),
    );
    const item = (sourceBlockId: string) => t.db.trackedItem.findUniqueOrThrow({ where: { meetingId_sourceBlockId: { meetingId, sourceBlockId } } });
    const withdraw = changeTrackedItemSchema.parse({ status: "withdrawn", note: "در شورای استان پیگیری می‌شود" });
    await changeItemStatus({ db: t.db, itemId: (await item("b")).id, userId: organizerId, fields: withdraw });
    // A status written by an older version, or by hand: the tracker reads it as routed.
    await t.db.trackedItem.update({ where: { id: (await item("c")).id }, data: { status: "pending" } });
    const dashboard = await trackerDashboard({ db: t.db, userId: organizerId, seriesId, now: new Date("2020-01-01T12:00:00Z") });
    const bars = dashboard.byStatus.reduce((sum, entry) => sum + entry.count, 0);
    expect(dashboard.total).toBe(3);
    expect(bars).toBe(dashboard.total);
    expect(Object.fromEntries(dashboard.byStatus.map((entry) => [entry.status, entry.count]))).toEqual({
      routed: 2,
      acknowledged: 0,
      in_progress: 0,
      answered: 0,
      closed: 0,
      withdrawn: 1,
    });
    expect(dashboard.overdue).toBe(1);
  });
});
