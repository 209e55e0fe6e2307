// Attendance and session numbers against a real database on either engine:
// what the organizer marks is stored and kept in the version's details at the
// lock; the session number is unique within its series, by the check and by
// the unique index behind it.
import { describe, expect, it } from "vitest";
import { testDbForFile } from "@/tests/fixtures/test-db-for-file";
import { createUser } from "@/tests/helpers/factories";
import { refusal } from "@/tests/helpers/refusal";
import { createSeries } from "../series/create-series";
import { captureStoredMinutes } from "../minutes/capture-stored-minutes";
import { lockMeeting } from "../minutes/lock-meeting";
import { createMeeting } from "./create-meeting";
import { editMeeting } from "./edit-meeting";
import { markAttendance } from "./mark-attendance";
import { decodeMeetingDetails } from "./meeting-details-snapshot";

const t = testDbForFile();
const STARTS_AT = { year: 1403, month: 1, day: 15, hour: 10, minute: 0 };

async function newMeeting(sessionNumber: number | null = null) {
  const organizer = await createUser(t.db, "برگزارکننده");
  const series = await createSeries({ db: t.db, userId: organizer.id, fields: { title: "مجموعه" } });
  const attendees = [
    { name: "رئیس", affiliation: "", userId: organizer.id },
    { name: "دبیر", affiliation: "دانشگاه", userId: null },
  ];
  const fields = { seriesId: series.id, title: "جلسه", startsAt: STARTS_AT, place: "", guests: [], attendees, agenda: [], sessionNumber };
  const meeting = await createMeeting({ db: t.db, userId: organizer.id, fields });
  return { organizer, series, meeting };
}

describe("attendance", () => {
  it("is stored as marked and kept in the version's details at the lock", async () => {
    const { organizer, meeting } = await newMeeting(7);
    const [chair, secretary] = meeting.attendees.map((attendee) => attendee.id);
    const view = await markAttendance({
      db: t.db,
      userId: organizer.id,
      meetingId: meeting.id,
      fields: {
        attendees: [
          { attendeeId: chair ?? "", status: "present", sessionRole: "chair" },
          { attendeeId: secretary ?? "", status: "left_early", leftAt: "11:30" },
        ],
      },
    });
    expect(view.attendees).toMatchObject([
      { attendance: "present", leftAt: null, sessionRole: "chair" },
      { attendance: "left_early", leftAt: "11:30", sessionRole: null },
    ]);
    const captured = await captureStoredMinutes({ db: t.db, meetingId: meeting.id });
    const locked = await lockMeeting({ db: t.db, meetingId: meeting.id, userId: organizer.id, captured });
    const version = await t.db.minutesVersion.findUniqueOrThrow({ where: { id: locked.id } });
    expect(decodeMeetingDetails(version.meetingDetails)).toMatchObject({
      sessionNumber: 7,
      letterNumber: "",
      letterDate: null,
      attendees: [
        { name: "رئیس", attendance: "present", leftAt: null, sessionRole: "chair", hasAccount: true },
        { name: "دبیر", attendance: "left_early", leftAt: "11:30", sessionRole: null, hasAccount: false },
      ],
    });
  });

  it("refuses a time before the meeting began, and someone who is not the organizer", async () => {
    const { organizer, meeting } = await newMeeting();
    const [chair] = meeting.attendees.map((attendee) => attendee.id);
    const entry = { attendeeId: chair ?? "", status: "left_early" as const, leftAt: "09:59" };
    const early = await refusal(markAttendance({ db: t.db, userId: organizer.id, meetingId: meeting.id, fields: { attendees: [entry] } }));
    expect(early).toMatchObject({ code: "invalid_input", details: { "attendees.0.leftAt": "invalid.attendance.leftAtOutsideDay" } });
    const stranger = await createUser(t.db);
    expect((await refusal(markAttendance({ db: t.db, userId: stranger.id, meetingId: meeting.id, fields: { attendees: [entry] } }))).code).toBe("not_found");
    expect(await t.db.attendee.findMany({ where: { meetingId: meeting.id }, select: { attendance: true } })).toEqual([{ attendance: null }, { attendance: null }]);
  });
});

describe("the session number", () => {
  it("is unique within its series, by the check and by the unique index", async () => {
    const { organizer, series } = await newMeeting(3);
    const fields = { seriesId: series.id, title: "دیگر", startsAt: STARTS_AT, place: "", guests: [], attendees: [], agenda: [], sessionNumber: 3 };
    const taken = await refusal(createMeeting({ db: t.db, userId: organizer.id, fields }));
    expect(taken).toMatchObject({ code: "invalid_input", details: { sessionNumber: "invalid.sessionNumber.taken" } });
    const other = await createMeeting({ db: t.db, userId: organizer.id, fields: { ...fields, sessionNumber: 4 } });
    expect((await refusal(editMeeting({ db: t.db, userId: organizer.id, meetingId: other.id, fields: { sessionNumber: 3 } }))).code).toBe("invalid_input");
    await expect(t.db.meeting.update({ where: { id: other.id }, data: { sessionNumber: 3 } })).rejects.toThrow();
    // Meetings without a number do not collide.
    await createMeeting({ db: t.db, userId: organizer.id, fields: { ...fields, sessionNumber: null } });
    await createMeeting({ db: t.db, userId: organizer.id, fields: { ...fields, sessionNumber: null } });
  });
});
