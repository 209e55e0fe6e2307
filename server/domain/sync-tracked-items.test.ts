// Locking routes follow-ups and proposals marked to follow up into the
// series' tracker: by stable id, without duplicates, withdrawing what left.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../tests/helpers/factories";
import { createTestDb, type TestDb } from "../../tests/helpers/test-db";
import { createSeriesMeeting, createSeriesWithOrganizer, lockWith, trackerMinutes, type FollowUpBlock } from "../../tests/helpers/tracker-minutes";
import { createMeeting } from "../../tests/helpers/factories";

let t: TestDb;

beforeAll(() => {
  t = createTestDb();
});
afterAll(async () => t.cleanup());

const three: FollowUpBlock[] = [
  { id: "fu-1", text: "تهیهٔ گزارش آمار کودکان", responsibleBody: "سازمان بهزیستی", due: "2019-12-21" },
  { id: "fu-2", text: "برگزاری نشست با خیرین", responsibleBody: "سازمان بهزيستي", status: "in-progress" },
  { id: "fu-3", text: "بررسی آیین‌نامه‌ها", responsibleBody: "معاونت‌ حقوقی", status: "done" },
];

async function items(meetingId: string) {
  return t.db.trackedItem.findMany({ where: { meetingId }, orderBy: { sourceBlockId: "asc" }, include: { events: true, responsibleBody: true } });
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

  it("re-locking updates by stable id, keeps the organizer's status, and withdraws a removed block in vN", async () => {
    const { seriesId, organizerId } = await createSeriesWithOrganizer(t.db);
    const meetingId = await createSeriesMeeting(t.db, seriesId, [{ userId: organizerId, role: "organizer" }]);
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: three }));
    await t.db.trackedItem.update({ where: { meetingId_sourceBlockId: { meetingId, sourceBlockId: "fu-1" } }, data: { status: "acknowledged" } });

    const revised = [{ ...three[0], text: "تهیهٔ گزارش آمار کودکان و نوجوانان", status: "done" }, three[1]] as FollowUpBlock[];
    expect(await lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: revised }))).toBe(2);
    const tracked = await items(meetingId);
    expect(tracked).toHaveLength(3);
    expect(tracked.map((item) => [item.sourceBlockId, item.status, item.versionNumber, item.withdrawnInVersion])).toEqual([
      ["fu-1", "acknowledged", 2, null],
      ["fu-2", "in_progress", 2, null],
      ["fu-3", "withdrawn", 1, 2],
    ]);
    expect(tracked[0]?.text).toBe("تهیهٔ گزارش آمار کودکان و نوجوانان");
    expect(tracked[2]?.events.map((event) => [event.fromStatus, event.toStatus, event.versionNumber])).toEqual([
      [null, "answered", 1],
      ["answered", "withdrawn", 2],
    ]);

    // The same minutes locked again: nothing new, nothing duplicated.
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: revised }));
    expect(await t.db.trackedItem.count({ where: { meetingId } })).toBe(3);
    expect(await t.db.trackedItemEvent.count({ where: { item: { meetingId } } })).toBe(4);

    // Back in v4: it returns to where it stood.
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: three }));
    const back = await t.db.trackedItem.findUniqueOrThrow({ where: { meetingId_sourceBlockId: { meetingId, sourceBlockId: "fu-3" } } });
    expect(back).toMatchObject({ status: "answered", withdrawnInVersion: null, versionNumber: 4 });
  });

  it("re-locking keeps the tracker's due dates and bodies; a change typed in the minutes since the last version is applied only when accepted", async () => {
    const { seriesId, organizerId } = await createSeriesWithOrganizer(t.db);
    const noteTaker = await createUser(t.db, "صورت‌جلسه‌نویس");
    const meetingId = await createSeriesMeeting(t.db, seriesId, [
      { userId: organizerId, role: "organizer" },
      { userId: noteTaker.id, role: "note-taker" },
    ]);
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
    const again = [three[0], { ...three[1], responsibleBody: "شهرداری قم، معاونت اجتماعی" }, three[2]] as FollowUpBlock[];
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: again, proposals: [proposal] }), { typedBy: noteTaker.id, accept: "all" });
    const fu2 = await item("fu-2");
    expect(fu2.responsibleBody?.name).toBe("شهرداری قم، معاونت اجتماعی");
    const event = await t.db.trackedItemEvent.findFirstOrThrow({ where: { itemId: fu2.id, field: "responsibleBody" } });
    expect(event).toMatchObject({ fromValue: bodyBefore, toValue: "شهرداری قم، معاونت اجتماعی", proposedById: noteTaker.id, userId: organizerId });
    expect((await item("fu-1")).due).toBe("2020-01-15");
  });

  it("brings a withdrawn item back to where it stood, also when a change to it is accepted at the same lock", async () => {
    const { seriesId, organizerId } = await createSeriesWithOrganizer(t.db);
    const noteTaker = await createUser(t.db, "صورت‌جلسه‌نویس");
    const meetingId = await createSeriesMeeting(t.db, seriesId, [
      { userId: organizerId, role: "organizer" },
      { userId: noteTaker.id, role: "note-taker" },
    ]);
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: three }), { typedBy: noteTaker.id });
    const fu1 = () => t.db.trackedItem.findUniqueOrThrow({ where: { meetingId_sourceBlockId: { meetingId, sourceBlockId: "fu-1" } } });
    await t.db.trackedItem.update({ where: { id: (await fu1()).id }, data: { status: "in_progress" } });
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: three.slice(1) }), { typedBy: noteTaker.id });
    expect((await fu1()).status).toBe("withdrawn");
    // Back, with another due date typed and accepted.
    const back = [{ ...three[0], due: "2020-03-03" }, ...three.slice(1)] as FollowUpBlock[];
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: back }), { typedBy: noteTaker.id, accept: "all" });
    expect(await fu1()).toMatchObject({ status: "in_progress", due: "2020-03-03", withdrawnInVersion: null });
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
