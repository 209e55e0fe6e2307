// Attendance as the organizer marks it during a session: whether each
// attendee came (and when one who left early left), and their role in the
// session. Shared by the form, the API's schemas, the domain and the report.

export const ATTENDANCE_STATUSES = ["present", "absent", "excused", "left_early"] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const SESSION_ROLES = ["chair", "secretary", "member", "guest", "invited"] as const;
export type SessionRole = (typeof SESSION_ROLES)[number];

export function isAttendanceStatus(value: unknown): value is AttendanceStatus {
  return typeof value === "string" && (ATTENDANCE_STATUSES as readonly string[]).includes(value);
}

export function isSessionRole(value: unknown): value is SessionRole {
  return typeof value === "string" && (SESSION_ROLES as readonly string[]).includes(value);
}

/** A wall-clock time as stored: 24-hour "HH:MM". */
export const WALL_CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of a stored "HH:MM", or null when it is not one. */
export function wallClockMinutes(time: string): number | null {
  const match = WALL_CLOCK.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** Whether an attendee marked so was at the session: present, or there until they left early. */
export function countsAsPresent(status: string | null | undefined): boolean {
  return status === "present" || status === "left_early";
}
