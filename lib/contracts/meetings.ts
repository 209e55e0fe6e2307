// What the meeting routes answer: a meeting as its members see it (details,
// agenda, people, the series' proposal categories, the reader's role), and
// the user's meetings, upcoming and past, each with where its minutes stand.
import { z } from "zod";
import { ATTENDANCE_STATUSES, SESSION_ROLES } from "../attendance";
import { roleSchema } from "../roles";
import { member } from "./members";
import { minutesState } from "./minutes-state";
import { moment } from "./moment";
import { proposalCategory } from "./series";

/** A Jalali date and a wall-clock time (lib/jalali-date-time). */
const jalaliDateTime = z.object({ year: z.number(), month: z.number(), day: z.number(), hour: z.number(), minute: z.number() });

export const meetingView = z.object({
  id: z.string(),
  title: z.string(),
  startsAt: moment,
  /** startsAt as it was entered: the Jalali date and time in Tehran. */
  startsAtJalali: jalaliDateTime,
  place: z.string(),
  series: z.object({ id: z.string(), title: z.string(), categories: z.array(proposalCategory) }).nullable(),
  guests: z.array(z.object({ id: z.string(), name: z.string(), role: z.string(), organisation: z.string() })),
  attendees: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      affiliation: z.string(),
      userId: z.string().nullable(),
      /** Attendance as the organizer marked it (null: not marked yet). */
      attendance: z.enum(ATTENDANCE_STATUSES).nullable(),
      /** "HH:MM", Tehran time on the meeting's day: only with "left_early". */
      leftAt: z.string().nullable(),
      sessionRole: z.enum(SESSION_ROLES).nullable(),
    }),
  ),
  agenda: z.array(z.object({ id: z.string(), title: z.string() })),
  /** The session's number in its series, and the letter the report cites (letterDate: a Gregorian ISO day). */
  sessionNumber: z.number().nullable(),
  letterNumber: z.string(),
  letterDate: z.string().nullable(),
  members: z.array(member),
  /** The reader's own role. */
  role: roleSchema,
});

export const meetingSummary = z.object({
  id: z.string(),
  title: z.string(),
  startsAt: moment,
  place: z.string(),
  series: z.object({ id: z.string(), title: z.string() }).nullable(),
  sessionNumber: z.number().nullable(),
  role: roleSchema,
  /** Where the minutes stand: draft, live, locked vN, revising after vN, published vN. */
  state: minutesState,
});

/** Upcoming meetings soonest first, past ones latest first. */
export const meetingList = z.object({ upcoming: z.array(meetingSummary), past: z.array(meetingSummary) });

export type MeetingView = z.output<typeof meetingView>;
export type MeetingSummary = z.output<typeof meetingSummary>;
