// Issue 7's round trip at the domain level: a meeting locked with three
// follow-ups and a proposal to follow up; one answered by the organizer; v2
// withdraws one; the next meeting opens with the three open items carried
// over; a note-taker updates one there; its lock sends the update back.
import type { JSONContent } from "@tiptap/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meetingDocName } from "../../lib/collab-protocol";
import { readMinutes } from "../../lib/editor/read-minutes";
import { changeTrackedItemSchema } from "../../lib/validation/tracker";
import { createUser } from "../../tests/helpers/factories";
import { createTestDb, type TestDb } from "../../tests/helpers/test-db";
import { createSeriesMeeting, createSeriesWithOrganizer, lockWith, trackerMinutes, type FollowUpBlock } from "../../tests/helpers/tracker-minutes";
import { captureStoredMinutes } from "./capture-stored-minutes";
import { changeItemStatus } from "./change-item-status";
import { storeInitialMinutes } from "./store-initial-minutes";

let t: TestDb;

beforeAll(() => {
  t = createTestDb();
});
afterAll(async () => t.cleanup());

const followUps: FollowUpBlock[] = [
  { id: "fu-1", text: "گزارش آمار کودکان", responsibleBody: "سازمان بهزیستی", due: "2019-12-21" },
  { id: "fu-2", text: "نشست با خیرین", responsibleBody: "معاونت فرهنگی" },
  { id: "fu-3", text: "بررسی آیین‌نامه‌ها", responsibleBody: "معاونت حقوقی" },
];

/** The minutes' JSON with one follow-up's attributes changed, as a note-taker would. */
function updateFollowUp(node: JSONContent, id: string, attrs: Record<string, unknown>): JSONContent {
  if (node.type === "followUp" && node.attrs?.id === id) return { ...node, attrs: { ...node.attrs, ...attrs } };
  return node.content ? { ...node, content: node.content.map((child) => updateFollowUp(child, id, attrs)) } : node;
}

describe("the carry-over", () => {
  it("carries open items into the next meeting and brings a note-taker's update back at its lock", async () => {
    const { seriesId, organizerId, categoryIds } = await createSeriesWithOrganizer(t.db);
    const noteTaker = await createUser(t.db, "صورت‌جلسه‌نویس");
    const first = await createSeriesMeeting(t.db, seriesId, [{ userId: organizerId, role: "organizer" }]);
    const proposals = [{ id: "pr-1", text: "تشکیل کارگروه مشترک", categoryId: categoryIds[0], followUp: true }];
    await lockWith(t.db, first, organizerId, trackerMinutes({ followUps, proposals }));
    const fu1 = await t.db.trackedItem.findUniqueOrThrow({ where: { meetingId_sourceBlockId: { meetingId: first, sourceBlockId: "fu-1" } } });
    await changeItemStatus({ db: t.db, itemId: fu1.id, userId: organizerId, fields: changeTrackedItemSchema.parse({ status: "answered", note: "پاسخ رسید" }) });
    await lockWith(t.db, first, organizerId, trackerMinutes({ followUps: followUps.slice(0, 2), proposals }));
    expect(await t.db.trackedItem.count({ where: { seriesId } })).toBe(4);

    // The next meeting's first minutes, after fu-1's due date (2019-12-21).
    const second = await createSeriesMeeting(t.db, seriesId, [
      { userId: organizerId, role: "organizer" },
      { userId: noteTaker.id, role: "note-taker" },
    ]);
    await t.db.meeting.update({ where: { id: second }, data: { startsAt: new Date("2020-02-01T10:00:00Z") } });
    await storeInitialMinutes({ db: t.db, docName: meetingDocName(second) });
    const { json } = await captureStoredMinutes({ db: t.db, meetingId: second });
    const reading = readMinutes(json);
    const carryOver = reading.sections.find((section) => section.kind === "carryOver");
    expect(carryOver?.title).toBe("پیگیری‌های جلسه‌های پیشین");
    expect(reading.sections.map((section) => section.kind).slice(0, 3)).toEqual(["header", "carryOver", "agenda"]);
    const carried = reading.followUps.filter((block) => block.sectionId === carryOver?.id);
    expect(carried.map((block) => [block.text, block.status, block.responsibleBody, block.due])).toEqual([
      ["گزارش آمار کودکان", "done", "سازمان بهزیستی", "2019-12-21"],
      ["نشست با خیرین", "open", "معاونت فرهنگی", null],
      ["تشکیل کارگروه مشترک", "open", "", null],
    ]);
    const fu2 = await t.db.trackedItem.findUniqueOrThrow({ where: { meetingId_sourceBlockId: { meetingId: first, sourceBlockId: "fu-2" } } });
    expect(carried[1]?.id).toBe(fu2.id);

    // A note-taker marks it in progress with a due date; the organizer locks.
    // Carried dates count against the meeting they came from: fu-1's, before
    // this meeting, and this one, before this meeting too, are accepted.
    const updated = updateFollowUp(json, fu2.id, { status: "in-progress", due: "2020-01-20" });
    await lockWith(t.db, second, organizerId, updated);
    const back = await t.db.trackedItem.findUniqueOrThrow({ where: { id: fu2.id }, include: { events: { orderBy: { createdAt: "asc" } } } });
    expect(back).toMatchObject({ status: "in_progress", due: "2020-01-20", meetingId: first });
    expect(back.events.map((event) => [event.fromStatus, event.toStatus, event.versionNumber])).toEqual([
      [null, "routed", 1],
      ["routed", "in_progress", 1],
    ]);
    expect(back.events[1]?.note).toContain("نسخهٔ ۱");
    // The carried items stay the earlier meeting's: none is duplicated into the second.
    expect(await t.db.trackedItem.count({ where: { meetingId: second } })).toBe(0);
    const untouched = await t.db.trackedItem.findUniqueOrThrow({ where: { id: fu1.id } });
    expect(untouched.status).toBe("answered");

    // Locking the same minutes again changes nothing more.
    await lockWith(t.db, second, organizerId, updated);
    expect(await t.db.trackedItemEvent.count({ where: { itemId: fu2.id } })).toBe(2);

    // A carried date changed to before the meeting it came from refuses the lock; nothing changes.
    const early = updateFollowUp(updated, fu2.id, { status: "done", due: "2019-11-01" });
    await expect(lockWith(t.db, second, organizerId, early)).rejects.toMatchObject({
      message: "error.tracker.dueBeforeMeetingAtLock",
      details: { [`followUp.${fu2.id}`]: "error.tracker.dueBeforeMeeting" },
    });
    expect(await t.db.minutesVersion.count({ where: { meetingId: second } })).toBe(2);
    expect(await t.db.trackedItem.findUniqueOrThrow({ where: { id: fu2.id } })).toMatchObject({ status: "in_progress", due: "2020-01-20" });
  });

  it("gives a meeting outside any series, or a series with nothing open, no carry-over section", async () => {
    const { seriesId, organizerId } = await createSeriesWithOrganizer(t.db);
    const meetingId = await createSeriesMeeting(t.db, seriesId, [{ userId: organizerId, role: "organizer" }]);
    await storeInitialMinutes({ db: t.db, docName: meetingDocName(meetingId) });
    const { json } = await captureStoredMinutes({ db: t.db, meetingId });
    expect(readMinutes(json).sections.some((section) => section.kind === "carryOver")).toBe(false);
  });
});
