// The report's attendance table: each attendee in the meeting's order with
// their role in the session and whether they came (with the time one who left
// early left), and how many were present. Only when the organizer marked
// someone; a version locked before attendance was kept lists its attendees
// in the header as before.
import { countsAsPresent, wallClockMinutes } from "@/lib/attendance";
import { formatInteger } from "@/lib/i18n/numbers";
import type { Translator } from "@/lib/i18n/translate";
import { fieldsLine, oneLine } from "./report-text";
import type { ReportAttendance, ReportInput } from "./report-types";

type Attendee = ReportInput["meeting"]["attendees"][number];

/** Whether the report shows attendance: someone's status or role was marked. */
export function hasAttendance(input: ReportInput): boolean {
  return input.meeting.attendees.some((attendee) => Boolean(attendee.attendance ?? attendee.sessionRole));
}

/** "11:45" in the report's digits. */
function wallClockText(time: string, input: ReportInput): string {
  const minutes = wallClockMinutes(time);
  if (minutes === null) return time;
  return `${formatInteger(Math.floor(minutes / 60), input.locale, 2)}:${formatInteger(minutes % 60, input.locale, 2)}`;
}

function statusText(attendee: Attendee, input: ReportInput, t: Translator): string {
  if (attendee.attendance === "left_early" && attendee.leftAt) {
    return t("report.attendance.leftEarly", { time: wallClockText(attendee.leftAt, input) });
  }
  return t(attendee.attendance ? `attendance.status.${attendee.attendance}` : "attendance.status.none");
}

export function attendancePart(input: ReportInput, t: Translator): ReportAttendance | null {
  if (!hasAttendance(input)) return null;
  const { attendees } = input.meeting;
  const present = attendees.filter((attendee) => countsAsPresent(attendee.attendance)).length;
  return {
    heading: t("report.attendance"),
    summary: t("report.attendance.count", { present: formatInteger(present, input.locale), total: formatInteger(attendees.length, input.locale) }),
    columns: {
      number: t("report.attendance.number"),
      name: t("report.attendance.name"),
      role: t("report.attendance.role"),
      status: t("report.attendance.status"),
    },
    rows: attendees.map((attendee, index) => ({
      number: formatInteger(index + 1, input.locale),
      name: attendee.affiliation.trim()
        ? fieldsLine(t("report.attendee", { name: "{name}", affiliation: "{affiliation}" }), { name: attendee.name, affiliation: attendee.affiliation })
        : oneLine(attendee.name),
      role: t(attendee.sessionRole ? `attendance.role.${attendee.sessionRole}` : "attendance.role.none"),
      status: statusText(attendee, input, t),
    })),
  };
}
