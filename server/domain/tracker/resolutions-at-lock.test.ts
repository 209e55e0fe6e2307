// Resolutions at the lock: each enters the series' tracker as a resolution,
// routed by the body and due date the minutes name, like a follow-up; votes
// that add up to more than the attendees present refuse the whole lock.
import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/app-error";
import { testDbForFile } from "@/tests/fixtures/test-db-for-file";
import { createSeriesMeeting, createSeriesWithOrganizer, lockWith, trackerMinutes } from "@/tests/helpers/tracker-minutes";

const t = testDbForFile();

interface Votes {
  votesFor?: number | null;
  votesAgainst?: number | null;
  votesAbstain?: number | null;
}

const resolution = (id: string, text: string, attrs: { responsibleBody?: string; due?: string | null } & Votes = {}): JSONContent => ({
  type: "resolution",
  attrs: { id, responsibleBody: "", due: null, status: "routed", votesFor: null, votesAgainst: null, votesAbstain: null, ...attrs },
  content: [{ type: "text", text }],
});

function minutesWith(...resolutions: JSONContent[]): JSONContent {
  const doc = trackerMinutes({ followUps: [{ id: "fu-1", text: "ارسال گزارش", responsibleBody: "دبیرخانه" }] });
  return { ...doc, content: [...(doc.content ?? []), ...resolutions] };
}

/** A meeting of a series whose attendance marks three: two present (one left early), one absent. */
async function meetingWithAttendance(marks: ReadonlyArray<string | null> = ["present", "left_early", "absent"]) {
  const { seriesId, organizerId } = await createSeriesWithOrganizer(t.db);
  const meetingId = await createSeriesMeeting(t.db, seriesId, [{ userId: organizerId, role: "organizer" }]);
  await t.db.attendee.createMany({
    data: marks.map((attendance, position) => ({ meetingId, position, name: `عضو ${position + 1}`, attendance, leftAt: attendance === "left_early" ? "17:30" : null })),
  });
  return { seriesId, organizerId, meetingId };
}

async function refusal(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("the lock was not refused");
}

describe("resolutions at the lock", () => {
  it("routes each resolution into the tracker as a resolution, with the body and due date the minutes name", async () => {
    const { meetingId, organizerId } = await meetingWithAttendance();
    const json = minutesWith(
      resolution("res-1", "تشکیل کارگروه مشترک بیمهٔ طلاب", { responsibleBody: "معاونت بهداشت", due: "2020-01-20", votesFor: 2, votesAgainst: 0 }),
      resolution("res-2", "انتشار گزارش جلسه", { responsibleBody: "دبیرخانه" }),
    );
    expect(await lockWith(t.db, meetingId, organizerId, json)).toBe(1);
    const items = await t.db.trackedItem.findMany({ where: { meetingId }, orderBy: { sourceBlockId: "asc" }, include: { responsibleBody: true } });
    expect(items.map((item) => [item.sourceBlockId, item.kind, item.text, item.responsibleBody?.name ?? null, item.due, item.status])).toEqual([
      ["fu-1", "followUp", "ارسال گزارش", "دبیرخانه", null, "routed"],
      ["res-1", "resolution", "تشکیل کارگروه مشترک بیمهٔ طلاب", "معاونت بهداشت", "2020-01-20", "routed"],
      ["res-2", "resolution", "انتشار گزارش جلسه", "دبیرخانه", null, "routed"],
    ]);
    // One body, whichever block named it.
    expect(items[0]?.responsibleBodyId).toBe(items[2]?.responsibleBodyId);
  });

  it("refuses the whole lock when a resolution's votes exceed the attendees present, naming the resolution", async () => {
    const { meetingId, organizerId } = await meetingWithAttendance();
    const json = minutesWith(resolution("res-ok", "مصوبهٔ درست", { votesFor: 2 }), resolution("res-over", "مصوبهٔ با رأی بیش از حاضران", { votesFor: 2, votesAbstain: 1 }));
    const error = await refusal(() => lockWith(t.db, meetingId, organizerId, json));
    expect(isAppError(error) && { code: error.code, message: error.message, details: error.details }).toEqual({
      code: "invalid_input",
      message: "error.resolution.votesOverPresentAtLock",
      details: { "resolution.res-over": "error.resolution.votesOverPresent" },
    });
    // Nothing half-saved: no version, no tracked item, the minutes still open.
    expect(await t.db.minutesVersion.count({ where: { meetingId } })).toBe(0);
    expect(await t.db.trackedItem.count({ where: { meetingId } })).toBe(0);
    expect((await t.db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).minutesStatus).toBe("open");
    // Corrected to the two present, it locks.
    const corrected = minutesWith(resolution("res-ok", "مصوبهٔ درست", { votesFor: 2 }), resolution("res-over", "مصوبهٔ با رأی بیش از حاضران", { votesFor: 1, votesAbstain: 1 }));
    expect(await lockWith(t.db, meetingId, organizerId, corrected)).toBe(1);
  });

  it("refuses votes when attendance was not taken (nobody is marked present), and locks resolutions without votes", async () => {
    const { meetingId, organizerId } = await meetingWithAttendance([null, null]);
    const error = await refusal(() => lockWith(t.db, meetingId, organizerId, minutesWith(resolution("res-1", "مصوبه", { votesFor: 9, votesAgainst: 3 }))));
    expect(isAppError(error) && error.details).toEqual({ "resolution.res-1": "error.resolution.votesOverPresent" });
    expect(await lockWith(t.db, meetingId, organizerId, minutesWith(resolution("res-1", "مصوبه", { votesFor: 0 })))).toBe(1);
  });
});
