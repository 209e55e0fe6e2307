// The meeting's details as they were when a version was locked, kept with the
// version (server/domain/meetings/meeting-details-snapshot.ts stores and reads
// them with this schema) and answered with it: what the report's header
// shows, what its proposals' categories are called, and which earlier
// meetings its carried follow-ups came from. Its moments are stored as ISO
// strings already.
import { z } from "zod";
import { letterhead } from "./letterhead";
import { ATTENDANCE_STATUSES, SESSION_ROLES } from "../attendance";

export const meetingDetails = z.object({
  title: z.string(),
  startsAt: z.iso.datetime(),
  place: z.string(),
  series: z.object({ id: z.string(), title: z.string() }).nullable(),
  /** Every category of the series in its order, the removed ones marked:
   * proposals written before a removal still name them. */
  categories: z.array(z.object({ id: z.string(), name: z.string(), removed: z.boolean() })),
  guests: z.array(z.object({ name: z.string(), role: z.string(), organisation: z.string() })),
  /** Attendance, the time left, the role in the session and whether the
   * attendee has an account: absent in versions locked before they were kept. */
  attendees: z.array(
    z.object({
      name: z.string(),
      affiliation: z.string(),
      attendance: z.enum(ATTENDANCE_STATUSES).nullable().optional(),
      leftAt: z.string().nullable().optional(),
      sessionRole: z.enum(SESSION_ROLES).nullable().optional(),
      hasAccount: z.boolean().optional(),
    }),
  ),
  agenda: z.array(z.object({ id: z.string(), title: z.string() })),
  /** The earlier meetings the carried follow-ups came from (carried-origins.ts);
   * absent in versions locked before it was kept. */
  carriedFrom: z.array(z.object({ itemId: z.string(), title: z.string(), startsAt: z.iso.datetime() })).optional(),
  /** The series' letterhead at the lock (its logo by hash); absent in versions
   * locked before it was kept, and for a meeting outside every series. */
  letterhead: letterhead.optional(),
  /** The session's number in its series and the letter the report cites (a
   * Gregorian ISO day); absent in versions locked before they were kept. */
  sessionNumber: z.number().nullable().optional(),
  letterNumber: z.string().optional(),
  letterDate: z.string().nullable().optional(),
});

export type MeetingDetails = z.output<typeof meetingDetails>;
