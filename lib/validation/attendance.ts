// What the organizer sends to mark attendance: for any of the meeting's
// attendees, their status, the time they left (only with "left early") and
// their role in the session. A field left out stays as it was.
import { z } from "zod";
import { ATTENDANCE_STATUSES, SESSION_ROLES, WALL_CLOCK } from "../attendance";
import { toLatinDigits } from "../editor/due-date";
import { idSchema, listSchema, message, refuseDuplicates } from "./fields";
import { MEETING_LIMITS } from "./meeting";

export const attendanceStatusSchema = z.enum(ATTENDANCE_STATUSES, message("invalid.attendance.status"));
export const sessionRoleSchema = z.enum(SESSION_ROLES, message("invalid.attendance.role"));

/** "11:45" (Persian digits too; "9:05" is read as "09:05"): a Tehran wall-clock time. */
export const leftAtSchema = z
  .string(message("invalid.attendance.leftAt"))
  .transform((text) => toLatinDigits(text).trim().replace(/^(\d):/, "0$1:"))
  .refine((text) => WALL_CLOCK.test(text), message("invalid.attendance.leftAt"));

export const attendanceEntrySchema = z
  .object(
    {
      attendeeId: idSchema,
      status: attendanceStatusSchema.nullable().optional(),
      leftAt: leftAtSchema.nullable().optional(),
      sessionRole: sessionRoleSchema.nullable().optional(),
    },
    message("invalid.value"),
  )
  .superRefine((entry, ctx) => {
    if (entry.status === "left_early" && entry.leftAt === null) {
      ctx.addIssue({ code: "custom", path: ["leftAt"], message: "invalid.attendance.leftAtMissing" });
    }
    if (typeof entry.leftAt === "string" && entry.status !== undefined && entry.status !== "left_early") {
      ctx.addIssue({ code: "custom", path: ["leftAt"], message: "invalid.attendance.leftAtWithoutStatus" });
    }
  });

export const markAttendanceSchema = z.object(
  {
    attendees: listSchema(attendanceEntrySchema, MEETING_LIMITS.attendees)
      .min(1, message("invalid.value"))
      .superRefine(refuseDuplicates<{ attendeeId: string }>({ id: (entry) => entry.attendeeId })),
  },
  message("invalid.value"),
);

export type AttendanceEntryInput = z.input<typeof attendanceEntrySchema>;
export type MarkAttendanceInput = z.input<typeof markAttendanceSchema>;
export type MarkAttendanceFields = z.output<typeof markAttendanceSchema>;
