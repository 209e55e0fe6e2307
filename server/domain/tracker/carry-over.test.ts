// Issue 7's round trip at the domain level: a meeting locked with three
// follow-ups and a proposal to follow up; one answered by the organizer; v2
// withdraws one; the next meeting opens with the three open items carried
// over; a note-taker updates one there; its lock sends the update back.
import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { meetingDocName } from "@/lib/collab-protocol";
import { readMinutes } from "@/lib/editor/read-minutes";
import { changeTrackedItemSchema } from "@/lib/validation/tracker";
import { createUser } from "@/tests/helpers/factories";
import { testDbForFile } from "@/tests/fixtures/test-db-for-file";
import { createSeriesMeeting, createSeriesWithOrganizer, followUpNode, lockWith, trackerMinutes, type FollowUpBlock } from "@/tests/helpers/tracker-minutes";
import { captureStoredMinutes } from "../minutes/capture-stored-minutes";
import { changeItemStatus } from "./change-item-status";
import { storeInitialMinutes } from "../minutes/store-initial-minutes";

const t = testDbForFile();

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

/** The minutes' JSON with `block` added to the end of the carry-over section. */
function addToCarryOver(node: JSONContent, block: JSONContent): JSONContent {
  if (node.type === "section" && node.attrs?.kind === "carryOver") return { ...node, content: [...(node.content ?? []), block] };
  return node.content ? { ...node, content: node.content.map((child) => addToCarryOver(child, block)) } : node;
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
    // fu-3 left the minutes: withdrawn, the organizer accepting it.
    await lockWith(t.db, first, organizerId, trackerMinutes({ followUps: followUps.slice(0, 2), proposals }), { accept: "all" });
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
    // Each with the tracker's own status: the minutes' follow-ups offer the same list.
    expect(carried.map((block) => [block.text, block.status, block.responsibleBody, block.due])).toEqual([
      ["گزارش آمار کودکان", "answered", "سازمان بهزیستی", "2019-12-21"],
      ["نشست با خیرین", "routed", "معاونت فرهنگی", null],
      ["تشکیل کارگروه مشترک", "routed", "", null],
    ]);
    const fu2 = await t.db.trackedItem.findUniqueOrThrow({ where: { meetingId_sourceBlockId: { meetingId: first, sourceBlockId: "fu-2" } } });
    expect(carried[1]?.id).toBe(fu2.id);

    // A note-taker marks it in progress with a due date; the organizer locks.
    // Carried dates count against the meeting they came from: fu-1's, before
    // this meeting, and this one, before this meeting too, are accepted.
    // The organizer accepts both changes the note-taker typed.
    const updated = updateFollowUp(json, fu2.id, { status: "in_progress", due: "2020-01-20" });
    await lockWith(t.db, second, organizerId, updated, { typedBy: noteTaker.id, accept: "all" });
    const back = await t.db.trackedItem.findUniqueOrThrow({
      where: { id: fu2.id },
      include: { events: { orderBy: [{ createdAt: "asc" }, { field: "desc" }] } },
    });
    expect(back).toMatchObject({ status: "in_progress", due: "2020-01-20", meetingId: first });
    expect(back.events.map((event) => [event.field, event.fromStatus, event.toStatus, event.fromValue, event.toValue, event.versionNumber])).toEqual([
      ["status", null, "routed", "", "", 1],
      ["status", "routed", "in_progress", "", "", 1],
      ["due", "in_progress", "in_progress", "", "2020-01-20", 1],
    ]);
    // Proposed by the note-taker in the minutes, accepted by the organizer.
    expect(back.events.slice(1).map((event) => [event.proposedById, event.userId])).toEqual([
      [noteTaker.id, organizerId],
      [noteTaker.id, organizerId],
    ]);
    expect(back.events[1]?.note).toContain("نسخهٔ ۱");
    // The carried items stay the earlier meeting's: none is duplicated into the second.
    expect(await t.db.trackedItem.count({ where: { meetingId: second } })).toBe(0);
    const untouched = await t.db.trackedItem.findUniqueOrThrow({ where: { id: fu1.id } });
    expect(untouched.status).toBe("answered");

    // Locking the same minutes again changes nothing more.
    await lockWith(t.db, second, organizerId, updated, { typedBy: noteTaker.id, accept: "all" });
    expect(await t.db.trackedItemEvent.count({ where: { itemId: fu2.id } })).toBe(3);

    // A carried date changed to before the meeting it came from refuses the lock; nothing changes.
    const early = updateFollowUp(updated, fu2.id, { status: "answered", due: "2019-11-01" });
    await expect(lockWith(t.db, second, organizerId, early, { typedBy: noteTaker.id, accept: "all" })).rejects.toMatchObject({
      message: "error.tracker.dueBeforeMeetingAtLock",
      details: { [`followUp.${fu2.id}`]: "error.tracker.dueBeforeMeeting" },
    });
    expect(await t.db.minutesVersion.count({ where: { meetingId: second } })).toBe(2);
    expect(await t.db.trackedItem.findUniqueOrThrow({ where: { id: fu2.id } })).toMatchObject({ status: "in_progress", due: "2020-01-20" });
  });

  it("applies no change to an earlier meeting's item without the organizer's acceptance, and proposes none nobody typed", async () => {
    const { seriesId, organizerId } = await createSeriesWithOrganizer(t.db);
    const noteTaker = await createUser(t.db, "صورت‌جلسه‌نویس دوم");
    const first = await createSeriesMeeting(t.db, seriesId, [{ userId: organizerId, role: "organizer" }]);
    await lockWith(t.db, first, organizerId, trackerMinutes({ followUps: followUps.slice(0, 2) }));
    const itemOf = (sourceBlockId: string) =>
      t.db.trackedItem.findUniqueOrThrow({ where: { meetingId_sourceBlockId: { meetingId: first, sourceBlockId } }, include: { responsibleBody: true } });
    const closed = await itemOf("fu-1");
    const moved = await itemOf("fu-2");
    await changeItemStatus({ db: t.db, itemId: closed.id, userId: organizerId, fields: changeTrackedItemSchema.parse({ status: "closed", note: "انجام شد" }) });

    const second = await createSeriesMeeting(t.db, seriesId, [
      { userId: organizerId, role: "organizer" },
      { userId: noteTaker.id, role: "note-taker" },
    ]);
    await t.db.meeting.update({ where: { id: second }, data: { startsAt: new Date("2020-02-01T10:00:00Z") } });
    await storeInitialMinutes({ db: t.db, docName: meetingDocName(second) });
    const { json } = await captureStoredMinutes({ db: t.db, meetingId: second });
    // A note-taker adds the closed item to the carry-over section by hand,
    // reopened, with a new due date and body.
    const reopened = followUpNode({ id: closed.id, text: "گزارش آمار کودکان", status: "open", due: "2020-03-01", responsibleBody: "نهادی دیگر" });
    const handMade = addToCarryOver(json, reopened);
    // Meanwhile the organizer moves the other on in the tracker; the minutes
    // still show it as they were prepared.
    await changeItemStatus({ db: t.db, itemId: moved.id, userId: organizerId, fields: changeTrackedItemSchema.parse({ status: "in_progress", note: "آغاز شد" }) });
    const eventsBefore = await t.db.trackedItemEvent.count({ where: { itemId: { in: [closed.id, moved.id] } } });
    const untouched = async (): Promise<void> => {
      expect(await itemOf("fu-1")).toMatchObject({ status: "closed", due: closed.due, responsibleBodyId: closed.responsibleBodyId });
      expect((await itemOf("fu-2")).status).toBe("in_progress");
      expect(await t.db.trackedItemEvent.count({ where: { itemId: { in: [closed.id, moved.id] } } })).toBe(eventsBefore);
    };

    // What nobody typed proposes nothing: the lock does not undo the organizer's change.
    await lockWith(t.db, second, organizerId, handMade);
    await untouched();
    // Typed by the note-taker, but not accepted: nothing changes either.
    await lockWith(t.db, second, organizerId, handMade, { typedBy: noteTaker.id, accept: "none" });
    await untouched();
    // Accepted: applied, each change proposed by the note-taker and accepted by the organizer.
    await lockWith(t.db, second, organizerId, handMade, { typedBy: noteTaker.id, accept: "all" });
    const after = await itemOf("fu-1");
    expect(after).toMatchObject({ status: "routed", due: "2020-03-01" });
    expect(after.responsibleBody?.name).toBe("نهادی دیگر");
    const events = await t.db.trackedItemEvent.findMany({ where: { itemId: closed.id, proposedById: { not: null } }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => [event.field, event.proposedById, event.userId]).sort()).toEqual(
      [
        ["due", noteTaker.id, organizerId],
        ["responsibleBody", noteTaker.id, organizerId],
        ["status", noteTaker.id, organizerId],
      ].sort(),
    );
  });

  it("gives a meeting outside any series, or a series with nothing open, no carry-over section", async () => {
    const { seriesId, organizerId } = await createSeriesWithOrganizer(t.db);
    const meetingId = await createSeriesMeeting(t.db, seriesId, [{ userId: organizerId, role: "organizer" }]);
    await storeInitialMinutes({ db: t.db, docName: meetingDocName(meetingId) });
    const { json } = await captureStoredMinutes({ db: t.db, meetingId });
    expect(readMinutes(json).sections.some((section) => section.kind === "carryOver")).toBe(false);
  });
});
