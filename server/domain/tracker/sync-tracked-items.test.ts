// Locking routes follow-ups and proposals marked to follow up into the
// series' tracker: by stable id, without duplicates, withdrawing what left.
import { describe, expect, it } from "vitest";
import { createUser } from "@/tests/helpers/factories";
import { testDbForFile } from "@/tests/fixtures/test-db-for-file";
import { readMinutes } from "@/lib/editor/read-minutes";
import {
  capture,
  createSeriesMeeting,
  createSeriesWithOrganizer,
  lockWith,
  lockWithSummary,
  trackerMinutes,
  type FollowUpBlock,
} from "@/tests/helpers/tracker-minutes";
import { applyProposedChange } from "./apply-proposed-change";
import { proposedChanges } from "./proposed-tracker-changes";
import { createMeeting } from "@/tests/helpers/factories";

const t = testDbForFile();

// fu-2 and fu-3 hold words older minutes used: read as in_progress and answered.
const three: FollowUpBlock[] = [
  { id: "fu-1", text: "تهیهٔ گزارش آمار کودکان", responsibleBody: "سازمان بهزیستی", due: "2019-12-21" },
  { id: "fu-2", text: "برگزاری نشست با خیرین", responsibleBody: "سازمان بهزيستي", status: "in-progress" },
  { id: "fu-3", text: "بررسی آیین‌نامه‌ها", responsibleBody: "معاونت‌ حقوقی", status: "done" },
];

async function items(meetingId: string) {
  return t.db.trackedItem.findMany({ where: { meetingId }, orderBy: { sourceBlockId: "asc" }, include: { events: true, responsibleBody: true } });
}

/** A series meeting with its organizer and a note-taker. */
async function meetingWithNoteTaker() {
  const { seriesId, organizerId } = await createSeriesWithOrganizer(t.db);
  const noteTaker = await createUser(t.db, "صورت‌جلسه‌نویس");
  const meetingId = await createSeriesMeeting(t.db, seriesId, [
    { userId: organizerId, role: "organizer" },
    { userId: noteTaker.id, role: "note-taker" },
  ]);
  return { seriesId, organizerId, noteTaker, meetingId };
}

describe("syncTrackedItems (through lockMeeting)", () => {
  it("routes three follow-ups and a proposal to follow up, not an unmarked proposal", async () => {
    const { seriesId, organizerId, categoryIds } = await createSeriesWithOrganizer(t.db);
    const meetingId = await createSeriesMeeting(t.db, seriesId, [{ userId: organizerId, role: "organizer" }]);
    const json = trackerMinutes({
      followUps: three,
      proposals: [
        { id: "pr-1", text: "تشکیل کارگروه مشترک", categoryId: categoryIds[0], followUp: true },
        { id: "pr-2", text: "پیشنهادی بدون پیگیری", categoryId: categoryIds[1] },
      ],
    });
    expect(await lockWith(t.db, meetingId, organizerId, json)).toBe(1);
    const tracked = await items(meetingId);
    expect(tracked.map((item) => [item.sourceBlockId, item.kind, item.status, item.versionNumber])).toEqual([
      ["fu-1", "followUp", "routed", 1],
      ["fu-2", "followUp", "in_progress", 1],
      ["fu-3", "followUp", "answered", 1],
      ["pr-1", "proposal", "routed", 1],
    ]);
    const [first, second, third, proposal] = tracked;
    expect(first).toMatchObject({ seriesId, text: "تهیهٔ گزارش آمار کودکان", due: "2019-12-21" });
    // ي/ی spell one body; the stray ZWNJ is cleaned.
    expect(first?.responsibleBodyId).toBeTruthy();
    expect(second?.responsibleBodyId).toBe(first?.responsibleBodyId);
    expect(third?.responsibleBody?.name).toBe("معاونت حقوقی");
    expect(proposal).toMatchObject({ categoryId: categoryIds[0], responsibleBodyId: null });
    expect(first?.events).toMatchObject([{ userId: organizerId, fromStatus: null, toStatus: "routed", versionNumber: 1 }]);
    expect(await t.db.responsibleBody.count({ where: { seriesId } })).toBe(2);
  });

  it("re-locking changes an item's text and withdraws a removed block in vN only when the organizer accepts it, keeping the organizer's status", async () => {
    const { organizerId, noteTaker, meetingId } = await meetingWithNoteTaker();
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: three }));
    await t.db.trackedItem.update({ where: { meetingId_sourceBlockId: { meetingId, sourceBlockId: "fu-1" } }, data: { status: "acknowledged" } });
    const snapshot = async () =>
      (await items(meetingId)).map((item) => [item.sourceBlockId, item.text, item.status, item.versionNumber, item.withdrawnInVersion]);

    // A note-taker rewrites fu-1 and removes fu-3; the organizer locks without accepting: the tracker keeps both.
    const revised = [{ ...three[0], text: "تهیهٔ گزارش آمار کودکان و نوجوانان", status: "done" }, three[1]] as FollowUpBlock[];
    expect(await lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: revised }), { typedBy: noteTaker.id })).toBe(2);
    expect(await snapshot()).toEqual([
      ["fu-1", "تهیهٔ گزارش آمار کودکان", "acknowledged", 2, null],
      ["fu-2", "برگزاری نشست با خیرین", "in_progress", 2, null],
      ["fu-3", "بررسی آیین‌نامه‌ها", "answered", 1, null],
    ]);

    // Locked again with the changes accepted: the text is the minutes', fu-3 is withdrawn in v3; the status stays the organizer's.
    expect(await lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: revised }), { typedBy: noteTaker.id, accept: "all" })).toBe(3);
    const tracked = await items(meetingId);
    expect(await snapshot()).toEqual([
      ["fu-1", "تهیهٔ گزارش آمار کودکان و نوجوانان", "acknowledged", 3, null],
      ["fu-2", "برگزاری نشست با خیرین", "in_progress", 3, null],
      ["fu-3", "بررسی آیین‌نامه‌ها", "withdrawn", 1, 3],
    ]);
    expect(tracked[0]?.events.find((event) => event.field === "text")).toMatchObject({
      fromValue: "تهیهٔ گزارش آمار کودکان",
      toValue: "تهیهٔ گزارش آمار کودکان و نوجوانان",
      proposedById: noteTaker.id,
      userId: organizerId,
      versionNumber: 3,
    });
    expect(tracked[2]?.events.map((event) => [event.fromStatus, event.toStatus, event.versionNumber, event.proposedById])).toEqual([
      [null, "answered", 1, null],
      ["answered", "withdrawn", 3, null],
    ]);

    // The same minutes locked again: nothing new, nothing duplicated.
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: revised }), { accept: "all" });
    expect(await t.db.trackedItem.count({ where: { meetingId } })).toBe(3);
    expect(await t.db.trackedItemEvent.count({ where: { item: { meetingId } } })).toBe(5);

    // Back in v5 and accepted: it returns to where it stood. Not accepted, it would have stayed withdrawn.
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: three }), { typedBy: noteTaker.id });
    expect((await t.db.trackedItem.findUniqueOrThrow({ where: { meetingId_sourceBlockId: { meetingId, sourceBlockId: "fu-3" } } })).status).toBe("withdrawn");
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: three }), { typedBy: noteTaker.id, accept: "all" });
    const back = await t.db.trackedItem.findUniqueOrThrow({ where: { meetingId_sourceBlockId: { meetingId, sourceBlockId: "fu-3" } } });
    expect(back).toMatchObject({ status: "answered", withdrawnInVersion: null, versionNumber: 6 });
  });

  it("a tracked proposal's category and its leaving the follow-ups are proposals too", async () => {
    const { seriesId, organizerId, categoryIds } = await createSeriesWithOrganizer(t.db);
    const meetingId = await createSeriesMeeting(t.db, seriesId, [{ userId: organizerId, role: "organizer" }]);
    const proposal = { id: "pr-1", text: "تشکیل کارگروه مشترک", categoryId: categoryIds[0], followUp: true };
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ proposals: [proposal] }));
    const item = () => t.db.trackedItem.findUniqueOrThrow({ where: { meetingId_sourceBlockId: { meetingId, sourceBlockId: "pr-1" } } });
    const moved = { ...proposal, categoryId: categoryIds[1] };
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ proposals: [moved] }), { typedBy: organizerId });
    expect((await item()).categoryId).toBe(categoryIds[0]);
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ proposals: [moved] }), { typedBy: organizerId, accept: "all" });
    expect((await item()).categoryId).toBe(categoryIds[1]);
    // No longer marked to follow up: withdrawn only when accepted.
    const unmarked = { ...moved, followUp: false };
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ proposals: [unmarked] }), { typedBy: organizerId });
    expect((await item()).status).toBe("routed");
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ proposals: [unmarked] }), { typedBy: organizerId, accept: "all" });
    expect((await item()).status).toBe("withdrawn");
  });

  it("re-locking keeps the tracker's due dates and bodies; a change typed in the minutes since the last version is applied only when accepted", async () => {
    const { organizerId, noteTaker, meetingId } = await meetingWithNoteTaker();
    const proposal = { id: "pr-1", text: "تشکیل کارگروه", followUp: true };
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: three, proposals: [proposal] }), { typedBy: noteTaker.id });
    const item = (sourceBlockId: string) =>
      t.db.trackedItem.findUniqueOrThrow({ where: { meetingId_sourceBlockId: { meetingId, sourceBlockId } }, include: { responsibleBody: true } });
    // The organizer gives fu-1 another date and the proposal a date, in the tracker.
    await t.db.trackedItem.update({ where: { id: (await item("fu-1")).id }, data: { due: "2020-01-15" } });
    await t.db.trackedItem.update({ where: { id: (await item("pr-1")).id }, data: { due: "2020-02-01" } });

    // The same minutes locked again (typed before v1): the tracker keeps them.
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: three, proposals: [proposal] }), { typedBy: noteTaker.id, accept: "all" });
    expect((await item("fu-1")).due).toBe("2020-01-15");
    expect((await item("pr-1")).due).toBe("2020-02-01");

    // A note-taker changes fu-2's body in the minutes; not accepted, the tracker keeps its own.
    const revised = [three[0], { ...three[1], responsibleBody: "شهرداری قم" }, three[2]] as FollowUpBlock[];
    const bodyBefore = (await item("fu-2")).responsibleBody?.name;
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: revised, proposals: [proposal] }), { typedBy: noteTaker.id });
    expect((await item("fu-2")).responsibleBody?.name).toBe(bodyBefore);
    // The next lock compares with that version, where the change already was:
    // it is proposed no more. Typed again since, and accepted, it is applied.
    // fu-1's body changes too: its due date, unchanged in the minutes, is not proposed back over the tracker's.
    const again = [{ ...three[0], responsibleBody: "بهزیستی استان قم" }, { ...three[1], responsibleBody: "شهرداری قم، معاونت اجتماعی" }, three[2]] as FollowUpBlock[];
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: again, proposals: [proposal] }), { typedBy: noteTaker.id, accept: "all" });
    const fu2 = await item("fu-2");
    expect(fu2.responsibleBody?.name).toBe("شهرداری قم، معاونت اجتماعی");
    const event = await t.db.trackedItemEvent.findFirstOrThrow({ where: { itemId: fu2.id, field: "responsibleBody" } });
    expect(event).toMatchObject({ fromValue: bodyBefore, toValue: "شهرداری قم، معاونت اجتماعی", proposedById: noteTaker.id, userId: organizerId });
    expect((await item("fu-1")).due).toBe("2020-01-15");
    expect((await item("fu-1")).responsibleBody?.name).toBe("بهزیستی استان قم");
  });

  it("brings a withdrawn item back to where it stood, also when a change to it is accepted at the same lock", async () => {
    const { organizerId, noteTaker, meetingId } = await meetingWithNoteTaker();
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: three }), { typedBy: noteTaker.id });
    const fu1 = () => t.db.trackedItem.findUniqueOrThrow({ where: { meetingId_sourceBlockId: { meetingId, sourceBlockId: "fu-1" } } });
    await t.db.trackedItem.update({ where: { id: (await fu1()).id }, data: { status: "in_progress" } });
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: three.slice(1) }), { typedBy: noteTaker.id, accept: "all" });
    expect((await fu1()).status).toBe("withdrawn");
    // Back, with another due date typed and accepted.
    const back = [{ ...three[0], due: "2020-03-03" }, ...three.slice(1)] as FollowUpBlock[];
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: back }), { typedBy: noteTaker.id, accept: "all" });
    expect(await fu1()).toMatchObject({ status: "in_progress", due: "2020-03-03", withdrawnInVersion: null });
  });

  it("applies an accepted change only to the value it was proposed against, and the lock counts what it applied", async () => {
    const { seriesId, organizerId, noteTaker, meetingId } = await meetingWithNoteTaker();
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: three }));
    const item = (sourceBlockId: string) => t.db.trackedItem.findUniqueOrThrow({ where: { meetingId_sourceBlockId: { meetingId, sourceBlockId } } });
    // v2 rewrites fu-1 and drops fu-3: the organizer reads both proposals…
    const revised = trackerMinutes({ followUps: [{ ...three[0], text: "متن تازه" }, three[1]] as FollowUpBlock[] });
    const { changes } = await proposedChanges(t.db, { seriesId, meetingId, reading: readMinutes(capture(revised).json), yjsState: capture(revised).yjsState, versionNumber: 2 });
    expect(changes.map((change) => [change.field, change.from, change.to])).toEqual([
      ["text", "تهیهٔ گزارش آمار کودکان", "متن تازه"],
      ["status", "answered", "withdrawn"],
    ]);
    // …and, before the lock, closes fu-3 in the tracker: its withdrawal, proposed from "answered", no longer applies.
    await t.db.trackedItem.update({ where: { id: (await item("fu-3")).id }, data: { status: "closed" } });
    const locked = await lockWithSummary(t.db, meetingId, organizerId, revised, { typedBy: noteTaker.id, accept: changes.map((change) => change.key) });
    expect(locked.tracker).toEqual({ created: 0, proposed: 2, accepted: 1, applied: 1 });
    expect((await item("fu-1")).text).toBe("متن تازه");
    expect((await item("fu-3")).status).toBe("closed");

    // Applied directly, a change the item no longer matches is refused, and leaves no history.
    const stale = changes[1];
    if (!stale) throw new Error("no withdrawal proposed");
    const events = await t.db.trackedItemEvent.count({ where: { itemId: stale.itemId } });
    await t.db.$transaction(async (tx) => {
      expect(await applyProposedChange(tx, stale, { seriesId, versionNumber: 3, acceptedBy: organizerId, note: "" })).toBe(false);
    });
    expect((await item("fu-3")).status).toBe("closed");
    expect(await t.db.trackedItemEvent.count({ where: { itemId: stale.itemId } })).toBe(events);
  });

  it("tracks a follow-up whose minutes text holds control characters, without them (PostgreSQL refuses U+0000 in text)", async () => {
    const { seriesId, organizerId } = await createSeriesWithOrganizer(t.db);
    const meetingId = await createSeriesMeeting(t.db, seriesId, [{ userId: organizerId, role: "organizer" }]);
    const json = trackerMinutes({ followUps: [{ id: "fu-nul", text: "گزارش\u0000 آمار\u0007", responsibleBody: "سازمان\u0000 بهزیستی" }] });
    expect(await lockWith(t.db, meetingId, organizerId, json)).toBe(1);
    const [item] = await items(meetingId);
    expect([item?.text, item?.responsibleBody?.name]).toEqual(["گزارش آمار", "سازمان بهزیستی"]);
  });

  it("tracks nothing for a meeting outside any series, and a failed lock leaves no item", async () => {
    const organizer = await createUser(t.db);
    const { id: meetingId } = await createMeeting(t.db, [{ userId: organizer.id, role: "organizer" }], { storeMinutes: false });
    await lockWith(t.db, meetingId, organizer.id, trackerMinutes({ followUps: three }));
    expect(await t.db.trackedItem.count({ where: { meetingId } })).toBe(0);

    const { seriesId, organizerId } = await createSeriesWithOrganizer(t.db);
    const noteTaker = await createUser(t.db);
    const seriesMeeting = await createSeriesMeeting(t.db, seriesId, [
      { userId: organizerId, role: "organizer" },
      { userId: noteTaker.id, role: "note-taker" },
    ]);
    await expect(lockWith(t.db, seriesMeeting, noteTaker.id, trackerMinutes({ followUps: three }))).rejects.toThrow();
    expect(await t.db.trackedItem.count({ where: { meetingId: seriesMeeting } })).toBe(0);
  });

  it("refuses the whole lock when a follow-up in the minutes is due before the meeting, naming it; nothing is saved", async () => {
    const { seriesId, organizerId } = await createSeriesWithOrganizer(t.db);
    const meetingId = await createSeriesMeeting(t.db, seriesId, [{ userId: organizerId, role: "organizer" }]);
    // The meeting is on 1398/08/25 (2019-11-16, Tehran); the day before is refused, the day itself is not.
    const early = [...three, { id: "fu-4", text: "پاسخ پیش از جلسه", responsibleBody: "سازمان بهزیستی", due: "2019-11-15" }];
    const refusal = lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: early }));
    await expect(refusal).rejects.toMatchObject({
      code: "invalid_input",
      message: "error.tracker.dueBeforeMeetingAtLock",
      details: { "followUp.fu-4": "error.tracker.dueBeforeMeeting" },
    });
    expect(await t.db.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { minutesStatus: true } })).toEqual({ minutesStatus: "open" });
    expect(await t.db.minutesVersion.count({ where: { meetingId } })).toBe(0);
    expect(await t.db.trackedItem.count({ where: { meetingId } })).toBe(0);
    expect(await t.db.responsibleBody.count({ where: { seriesId } })).toBe(0);

    const onTheDay = [...three, { id: "fu-4", text: "پاسخ در روز جلسه", due: "2019-11-16" }];
    expect(await lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: onTheDay }))).toBe(1);
    expect(await t.db.trackedItem.count({ where: { meetingId } })).toBe(4);
  });
});
