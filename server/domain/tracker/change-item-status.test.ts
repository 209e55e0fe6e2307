// Status changes of tracked items with their history, assignments, and the
// refusals of the issue: nothing of a refused change is saved.
import { describe, expect, it } from "vitest";
import { refusal } from "@/tests/helpers/refusal";
import { changeTrackedItemSchema, type ChangeTrackedItemInput } from "@/lib/validation/tracker";
import { createUser } from "@/tests/helpers/factories";
import { testDbForFile } from "@/tests/fixtures/test-db-for-file";
import { createSeriesMeeting, createSeriesWithOrganizer, lockWith, trackerMinutes } from "@/tests/helpers/tracker-minutes";
import { changeItemStatus } from "./change-item-status";
import { createResponsibleBody, listResponsibleBodies, mergeResponsibleBodies } from "./responsible-bodies";

const t = testDbForFile();

/** A series with a locked meeting holding two follow-ups, a reader and a stranger. */
async function trackedSeries() {
  const { seriesId, organizerId } = await createSeriesWithOrganizer(t.db);
  const viewer = await createUser(t.db);
  const noteTaker = await createUser(t.db);
  const stranger = await createUser(t.db);
  const meetingId = await createSeriesMeeting(t.db, seriesId, [
    { userId: organizerId, role: "organizer" },
    { userId: viewer.id, role: "viewer" },
    { userId: noteTaker.id, role: "note-taker" },
  ]);
  await lockWith(
    t.db,
    meetingId,
    organizerId,
    trackerMinutes({
      followUps: [
        { id: "a", text: "گزارش آمار", responsibleBody: "سازمان بهزیستی" },
        { id: "b", text: "نشست با خیرین", responsibleBody: "سازمان بهزيستي" },
      ],
    }),
  );
  const items = await t.db.trackedItem.findMany({ where: { meetingId }, orderBy: { sourceBlockId: "asc" } });
  const [a, b] = items;
  if (!a || !b) throw new Error("two items expected");
  return { seriesId, organizerId, viewer, noteTaker, stranger, meetingId, a, b };
}

const fields = (input: ChangeTrackedItemInput) => changeTrackedItemSchema.parse(input);

describe("changeItemStatus", () => {
  it("moves an item one step with who, when, note and evidence, and answers its history", async () => {
    const { organizerId, a } = await trackedSeries();
    const view = await changeItemStatus({
      db: t.db,
      itemId: a.id,
      userId: organizerId,
      fields: fields({ status: "acknowledged", note: "نامه رسید", evidence: "شمارهٔ نامه ۱۲۳", evidenceLink: "https://example.org/letter" }),
    });
    expect(view.status).toBe("acknowledged");
    expect(view.history?.map((event) => [event.from, event.to, event.note, event.evidence, event.evidenceLink, event.by?.id])).toEqual([
      [null, "routed", "", "", "", organizerId],
      ["routed", "acknowledged", "نامه رسید", "شمارهٔ نامه ۱۲۳", "https://example.org/letter", organizerId],
    ]);
  });

  it("refuses a skipped step without a note, and accepts it with one", async () => {
    const { organizerId, a } = await trackedSeries();
    const skipped = await refusal(changeItemStatus({ db: t.db, itemId: a.id, userId: organizerId, fields: fields({ status: "answered" }) }));
    expect(skipped).toMatchObject({ code: "invalid_input", message: "error.tracker.noteRequired" });
    expect((await t.db.trackedItem.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("routed");
    expect(await t.db.trackedItemEvent.count({ where: { itemId: a.id } })).toBe(1);
    const answered = await changeItemStatus({
      db: t.db,
      itemId: a.id,
      userId: organizerId,
      fields: fields({ status: "answered", note: "پاسخ کتبی بدون مکاتبهٔ پیشین رسید" }),
    });
    expect(answered.status).toBe("answered");
    const same = await refusal(changeItemStatus({ db: t.db, itemId: a.id, userId: organizerId, fields: fields({ status: "answered" }) }));
    expect(same).toMatchObject({ code: "conflict", message: "error.tracker.sameStatus" });
  });

  it("lets only an organizer change: a reader 403, a stranger 404", async () => {
    const { viewer, noteTaker, stranger, a } = await trackedSeries();
    const change = fields({ status: "acknowledged" });
    expect((await refusal(changeItemStatus({ db: t.db, itemId: a.id, userId: viewer.id, fields: change }))).code).toBe("forbidden");
    expect((await refusal(changeItemStatus({ db: t.db, itemId: a.id, userId: noteTaker.id, fields: change }))).code).toBe("forbidden");
    expect((await refusal(changeItemStatus({ db: t.db, itemId: a.id, userId: stranger.id, fields: change }))).code).toBe("not_found");
    expect((await refusal(changeItemStatus({ db: t.db, itemId: "no-such-item", userId: stranger.id, fields: change }))).code).toBe("not_found");
    expect((await t.db.trackedItem.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("routed");
  });

  it("assigns a body and a Jalali due date; refuses a body of another series, a due date before the meeting, saving nothing", async () => {
    const { seriesId, organizerId, a } = await trackedSeries();
    const other = await createSeriesWithOrganizer(t.db);
    const foreign = await createResponsibleBody({ db: t.db, userId: other.organizerId, seriesId: other.seriesId, fields: { name: "شهرداری", contact: "" } });
    const unknown = await refusal(
      changeItemStatus({ db: t.db, itemId: a.id, userId: organizerId, fields: fields({ status: "acknowledged", responsibleBodyId: foreign.id }) }),
    );
    expect(unknown).toMatchObject({ code: "invalid_input", message: "error.tracker.unknownBody" });
    // The meeting is on 25 Aban 1398: a day earlier is refused, with the status change.
    const early = await refusal(
      changeItemStatus({ db: t.db, itemId: a.id, userId: organizerId, fields: fields({ status: "acknowledged", due: "۱۳۹۸/۰۸/۲۴" }) }),
    );
    expect(early).toMatchObject({ code: "invalid_input", message: "error.tracker.dueBeforeMeeting" });
    const stored = await t.db.trackedItem.findUniqueOrThrow({ where: { id: a.id } });
    expect(stored).toMatchObject({ status: "routed", due: null });

    const body = await createResponsibleBody({ db: t.db, userId: organizerId, seriesId, fields: { name: "معاونت فرهنگی", contact: "" } });
    const view = await changeItemStatus({
      db: t.db,
      itemId: a.id,
      userId: organizerId,
      fields: fields({ responsibleBodyId: body.id, due: "1398/09/30" }),
    });
    expect(view).toMatchObject({ status: "routed", responsibleBody: { id: body.id }, due: "2019-12-21", dueJalali: "۱۳۹۸/۰۹/۳۰" });
    expect(() => fields({ due: "30/09/1398" })).toThrow();
  });
});

describe("responsible bodies", () => {
  it("are listed for readers, created by organizers, and one spelling is refused twice", async () => {
    const { seriesId, organizerId, viewer, stranger } = await trackedSeries();
    const listed = await listResponsibleBodies({ db: t.db, userId: viewer.id, seriesId });
    // Both spellings from the minutes were one body.
    expect(listed).toMatchObject([{ name: "سازمان بهزیستی", items: 2, aliases: [] }]);
    const twice = await refusal(createResponsibleBody({ db: t.db, userId: organizerId, seriesId, fields: { name: "سازمان‌بهزيستي", contact: "" } }));
    expect(twice).toMatchObject({ code: "conflict", message: "error.tracker.bodyExists" });
    expect((await refusal(createResponsibleBody({ db: t.db, userId: viewer.id, seriesId, fields: { name: "نهاد تازه", contact: "" } }))).code).toBe("forbidden");
    expect((await refusal(listResponsibleBodies({ db: t.db, userId: stranger.id, seriesId }))).code).toBe("not_found");
  });

  it("merge two spellings into one: items move, the old spelling finds the merged body", async () => {
    const { seriesId, organizerId, meetingId } = await trackedSeries();
    const [behzisti] = await listResponsibleBodies({ db: t.db, userId: organizerId, seriesId });
    const typo = await createResponsibleBody({ db: t.db, userId: organizerId, seriesId, fields: { name: "بهزیستی کشور", contact: "" } });
    if (!behzisti) throw new Error("a body expected");
    // A third item names the variant spelling.
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({
      followUps: [
        { id: "a", text: "گزارش آمار", responsibleBody: "سازمان بهزیستی" },
        { id: "b", text: "نشست با خیرین", responsibleBody: "سازمان بهزيستي" },
        { id: "c", text: "سامانهٔ اورژانس اجتماعی", responsibleBody: "بهزيستي كشور" },
      ],
    }));
    const merged = await mergeResponsibleBodies({ db: t.db, userId: organizerId, seriesId, from: typo.id, into: behzisti.id });
    expect(merged).toMatchObject([{ id: behzisti.id, items: 3, aliases: ["بهزیستی کشور"] }]);
    // Locked again, the variant spelling lands on the merged body.
    await lockWith(t.db, meetingId, organizerId, trackerMinutes({ followUps: [{ id: "c", text: "سامانه", responsibleBody: "بهزیستی‌کشور" }] }));
    const c = await t.db.trackedItem.findUniqueOrThrow({ where: { meetingId_sourceBlockId: { meetingId, sourceBlockId: "c" } } });
    expect(c.responsibleBodyId).toBe(behzisti.id);
    const same = await refusal(mergeResponsibleBodies({ db: t.db, userId: organizerId, seriesId, from: typo.id, into: behzisti.id }));
    expect(same).toMatchObject({ code: "invalid_input", message: "error.tracker.mergeSame" });
    const other = await createSeriesWithOrganizer(t.db);
    const foreign = await createResponsibleBody({ db: t.db, userId: other.organizerId, seriesId: other.seriesId, fields: { name: "شهرداری", contact: "" } });
    const unknown = await refusal(mergeResponsibleBodies({ db: t.db, userId: organizerId, seriesId, from: foreign.id, into: behzisti.id }));
    expect(unknown).toMatchObject({ code: "invalid_input", message: "error.tracker.unknownBody" });
  });
});
