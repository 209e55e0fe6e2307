// What the attendance and numbering schemas accept and how they name what they refuse.
import { describe, expect, it } from "vitest";
import { fa } from "../i18n/messages-fa";
import { markAttendanceSchema } from "./attendance";
import { createMeetingSchema, editMeetingSchema } from "./meeting";
import { safeParseInput } from "./parse-input";

function issues(result: ReturnType<typeof safeParseInput>): Record<string, string> {
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("the attendance schema", () => {
  it("takes a status, a Tehran time in any digits (only with left early) and a role, any of them left out", () => {
    const result = safeParseInput(markAttendanceSchema, {
      attendees: [
        { attendeeId: "a1", status: "left_early", leftAt: "۹:۰۵", sessionRole: "chair" },
        { attendeeId: "a2", sessionRole: null },
        { attendeeId: "a3", status: "present" },
      ],
    });
    expect(result.success && result.data.attendees).toEqual([
      { attendeeId: "a1", status: "left_early", leftAt: "09:05", sessionRole: "chair" },
      { attendeeId: "a2", sessionRole: null },
      { attendeeId: "a3", status: "present" },
    ]);
  });

  it("names an unknown status or role, a bad time, and a time without its status or a status without its time", () => {
    const result = safeParseInput(markAttendanceSchema, {
      attendees: [
        { attendeeId: "a1", status: "asleep" },
        { attendeeId: "a2", sessionRole: "king" },
        { attendeeId: "a3", status: "left_early", leftAt: "25:00" },
        { attendeeId: "a4", status: "left_early", leftAt: null },
        { attendeeId: "a5", status: "present", leftAt: "11:00" },
      ],
    });
    expect(issues(result)).toEqual({
      "attendees.0.status": "invalid.attendance.status",
      "attendees.1.sessionRole": "invalid.attendance.role",
      "attendees.2.leftAt": "invalid.attendance.leftAt",
      "attendees.3.leftAt": "invalid.attendance.leftAtMissing",
      "attendees.4.leftAt": "invalid.attendance.leftAtWithoutStatus",
    });
    for (const key of Object.values(issues(result))) expect(fa).toHaveProperty([key]);
    expect(issues(safeParseInput(markAttendanceSchema, { attendees: [] }))).toEqual({ attendees: "invalid.value" });
    const twice = safeParseInput(markAttendanceSchema, { attendees: [{ attendeeId: "a1" }, { attendeeId: "a1", status: "absent" }] });
    expect(issues(twice)).toEqual({ "attendees.1.id": "invalid.value" });
  });
});

describe("the session number and letter", () => {
  const meeting = { seriesId: "s1", title: "جلسه", startsAt: { year: 1398, month: 8, day: 25, hour: 18, minute: 0 } };

  it("are optional, and a letter's Jalali day is kept as a Gregorian day", () => {
    const result = safeParseInput(createMeetingSchema, { ...meeting, sessionNumber: 10, letterNumber: " ۱۲۳/ک ", letterDate: "۱۳۹۸/۰۸/۲۷" });
    expect(result.success && result.data).toMatchObject({ sessionNumber: 10, letterNumber: "۱۲۳/ک", letterDate: "2019-11-18" });
    const cleared = safeParseInput(editMeetingSchema, { sessionNumber: null, letterDate: "" });
    expect(cleared.success && cleared.data).toEqual({ sessionNumber: null, letterDate: null });
  });

  it("refuses a session number that is not a positive whole number, and a date not in the calendar", () => {
    for (const sessionNumber of [0, -2, 2.5, "10", 100_001]) {
      expect(issues(safeParseInput(editMeetingSchema, { sessionNumber }))).toEqual({ sessionNumber: "invalid.sessionNumber" });
    }
    expect(issues(safeParseInput(editMeetingSchema, { letterDate: "1398/12/30" }))).toEqual({ letterDate: "invalid.letterDate" });
    expect(issues(safeParseInput(editMeetingSchema, { letterNumber: "۱".repeat(101) }))).toEqual({ letterNumber: "invalid.letterNumber.tooLong" });
  });
});
