// The meeting form's values and what they become: the body the API takes
// (create or edit), and, for an error the schema or the API names by path
// ("guests.1.name"), the id of the element on the form that shows it.
import { parseInteger } from "@/lib/i18n/numbers";
import type { CreateMeetingInput, EditMeetingInput } from "@/lib/validation/meeting";
import { DATE_TIME_PARTS, dateTimeFieldId, readDateTime, type DateTimeText } from "./jalali-date-time-fields";

export interface GuestRow {
  key: string;
  id?: string;
  name: string;
  role: string;
  organisation: string;
}

export interface AttendeeRow {
  key: string;
  id?: string;
  /** The account the attendee is linked to, and what the form shows of it. */
  userId: string | null;
  account: { name: string; email: string } | null;
  name: string;
  affiliation: string;
}

export interface TopicRow {
  key: string;
  id?: string;
  title: string;
}

export interface MeetingFormValues {
  seriesId: string;
  title: string;
  dateTime: DateTimeText;
  place: string;
  guests: GuestRow[];
  attendees: AttendeeRow[];
  agenda: TopicRow[];
  /** The numbering as typed: the session number (any digits), the letter's number and Jalali day. */
  sessionNumber: string;
  letterNumber: string;
  letterDate: string;
}

/** The keys of the rows sent, in the order sent: item N of a list in an error's path is row keys[N]. */
export interface SentRows {
  guests: string[];
  attendees: string[];
  agenda: string[];
}

export const FIELD_IDS = {
  series: "meeting-series",
  title: "meeting-title",
  place: "meeting-place",
  guests: "meeting-guests",
  attendees: "meeting-attendees",
  agenda: "meeting-agenda",
  sessionNumber: "meeting-session-number",
  letterNumber: "meeting-letter-number",
  letterDate: "meeting-letter-date",
} as const;

/** The session number typed (Persian or Latin digits): null when empty; 0,
 * which the schema refuses as not a positive number, when it is not a number. */
function sessionNumberOf(text: string): number | null {
  if (text.trim() === "") return null;
  const number = parseInteger(text);
  return Number.isNaN(number) ? 0 : number;
}

function numbering(values: MeetingFormValues) {
  return { sessionNumber: sessionNumberOf(values.sessionNumber), letterNumber: values.letterNumber, letterDate: values.letterDate };
}

export const guestFieldId = (key: string, field?: "name" | "role" | "organisation"): string =>
  field ? `guest-${key}-${field}` : `guest-${key}`;
export const attendeeFieldId = (key: string, field?: "name" | "affiliation" | "account"): string =>
  field ? `attendee-${key}-${field}` : `attendee-${key}`;
export const topicFieldId = (key: string): string => `topic-${key}`;

const blank = (...texts: string[]): boolean => texts.every((text) => text.trim() === "");

/** Rows nothing was typed in are not sent: an empty row left over is not an error. */
function filledRows(values: MeetingFormValues) {
  return {
    guests: values.guests.filter((row) => !blank(row.name, row.role, row.organisation)),
    attendees: values.attendees.filter((row) => !blank(row.name, row.affiliation)),
    agenda: values.agenda.filter((row) => !blank(row.title)),
  };
}

function sentRows(rows: ReturnType<typeof filledRows>): SentRows {
  return {
    guests: rows.guests.map((row) => row.key),
    attendees: rows.attendees.map((row) => row.key),
    agenda: rows.agenda.map((row) => row.key),
  };
}

export function createBody(values: MeetingFormValues): { body: CreateMeetingInput; rows: SentRows } {
  const rows = filledRows(values);
  return {
    body: {
      seriesId: values.seriesId,
      title: values.title,
      startsAt: readDateTime(values.dateTime),
      place: values.place,
      guests: rows.guests.map(({ name, role, organisation }) => ({ name, role, organisation })),
      attendees: rows.attendees.map(({ name, affiliation, userId }) => ({ name, affiliation, userId })),
      agenda: rows.agenda.map((row) => row.title),
      ...numbering(values),
    },
    rows: sentRows(rows),
  };
}

/** Stored rows keep their ids, so the minutes' sections stay tied to their topics. */
export function editBody(values: MeetingFormValues): { body: EditMeetingInput; rows: SentRows } {
  const rows = filledRows(values);
  const withId = (id: string | undefined) => (id === undefined ? {} : { id });
  return {
    body: {
      title: values.title,
      startsAt: readDateTime(values.dateTime),
      place: values.place,
      guests: rows.guests.map(({ id, name, role, organisation }) => ({ ...withId(id), name, role, organisation })),
      attendees: rows.attendees.map(({ id, name, affiliation, userId }) => ({ ...withId(id), name, affiliation, userId })),
      agenda: rows.agenda.map(({ id, title }) => ({ ...withId(id), title })),
      ...numbering(values),
    },
    rows: sentRows(rows),
  };
}

/** The element that shows the error at `path`, or null when no one field does. */
export function fieldIdOf(path: string, rows: SentRows): string | null {
  const [head, index, field] = path.split(".");
  const rowKey = (list: string[]): string | undefined => (index === undefined ? undefined : list[Number(index)]);
  switch (head) {
    case "seriesId":
      return FIELD_IDS.series;
    case "title":
      return FIELD_IDS.title;
    case "place":
      return FIELD_IDS.place;
    case "sessionNumber":
    case "letterNumber":
    case "letterDate":
      return FIELD_IDS[head];
    case "startsAt": {
      const part = DATE_TIME_PARTS.find((name) => name === index);
      return dateTimeFieldId(part ?? "day");
    }
    case "guests": {
      const key = rowKey(rows.guests);
      if (key === undefined) return FIELD_IDS.guests;
      return field === "name" || field === "role" || field === "organisation" ? guestFieldId(key, field) : guestFieldId(key);
    }
    case "attendees": {
      const key = rowKey(rows.attendees);
      if (key === undefined) return FIELD_IDS.attendees;
      return field === "name" || field === "affiliation" ? attendeeFieldId(key, field) : attendeeFieldId(key);
    }
    case "agenda": {
      const key = rowKey(rows.agenda);
      return key === undefined ? FIELD_IDS.agenda : topicFieldId(key);
    }
    default:
      return null;
  }
}
