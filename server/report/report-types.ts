// The shapes of a report: the input every output renders from and the outline
// built from it (report-model.ts builds it, report-parts.ts and
// report-follow-ups.ts its parts, the renderers lay it out). Types only, so
// that each of those files imports them without importing the others.
import type { PrintedLetterhead } from "@/lib/contracts/letterhead";
import type { AttendanceStatus, SessionRole } from "@/lib/attendance";
import type { MinutesReading } from "@/lib/editor/read-minutes";
import type { Locale } from "@/lib/i18n/locales";
import type { TextSegment } from "@/lib/report/link-target";
import type { ReportApprovalInput, ReportApprovalOutline } from "./report-approvals";

export interface ReportInput {
  locale: Locale;
  series: string | null;
  meeting: {
    title: string;
    startsAt: Date;
    place: string;
    guests: Array<{ name: string; role: string; organisation: string }>;
    /** Attendance, the time left and the role in the session: absent (undefined) in versions locked before they were kept. */
    attendees: Array<{ name: string; affiliation: string; attendance?: AttendanceStatus | null; leftAt?: string | null; sessionRole?: SessionRole | null }>;
    /** The session's number in its series and the letter the report cites (letterDate: a Gregorian ISO day). */
    session?: { number: number | null; letterNumber: string; letterDate: string | null };
  };
  /** The series' proposal categories, in the series' order. */
  categories: Array<{ id: string; name: string }>;
  reading: MinutesReading;
  /** Where the carried follow-ups (the carry-over section's) came from: the
   * earlier meeting of each tracked item, by the item's id (the block's id). */
  carriedFrom: CarriedOrigin[];
  version: { number: number; lockedAt: Date; lockedBy: string; sha256: string; note: string };
  /** The version's sign-off (report-approvals.ts); a report without it has no approvals part. */
  approval?: ReportApprovalInput;
  /** The series' letterhead as the version keeps it; none for a meeting outside every series. */
  letterhead?: PrintedLetterhead | null;
}

/** The letterhead atop the report: the logo (scaled to print at most 18 mm
 * tall) and the organisation and unit, each null when there is none. */
export interface ReportLetterhead {
  logo: { mime: string; bytes: Uint8Array; width: number; height: number; alt: string } | null;
  organisation: ReportText | null;
  unit: ReportText | null;
}

export interface CarriedOrigin {
  itemId: string;
  meeting: { title: string; startsAt: Date };
}

/** A run of a paragraph: user text, or Kateb's own words between user texts. */
export interface ReportSegment extends TextSegment {
  /** Kateb's words (a separator, a template's brackets), not user text: never isolated. */
  own?: true;
}

/** One paragraph of user text: plain runs, and links whose targets are allowed. */
export type ReportText = ReportSegment[];

/** A labelled fact: the date (two lines, one per calendar), the place, the guests… */
export interface ReportFact {
  label: string;
  lines: ReportText[];
}

export interface ReportTopic {
  id: string;
  number: string;
  title: ReportText;
  paragraphs: ReportText[];
}

export interface ReportQa {
  id: string;
  number: string;
  question: ReportText[];
  askedBy: ReportText | null;
  answer: ReportText[];
  answeredBy: ReportText | null;
  /** Said instead of an answer that was deferred. */
  deferred: string | null;
}

export interface ReportProposalGroup {
  categoryId: string | null;
  name: ReportText;
  proposals: Array<{ id: string; number: string; paragraphs: ReportText[] }>;
}

/** A resolution: its number ("مصوبهٔ ۲ از جلسهٔ ۱۰"), text and particulars. */
export interface ReportResolution {
  id: string;
  number: string;
  paragraphs: ReportText[];
  responsibleBody: ReportText | null;
  /** The due day in the Jalali calendar, then in the Gregorian; null when there is none. */
  due: { jalali: string; gregorian: string } | null;
  status: string;
  /** "for 7, against 1, abstaining 2"; null when the votes were not counted. */
  votes: string | null;
}

export interface ReportFollowUpRow {
  id: string;
  number: string;
  item: ReportText[];
  responsibleBody: ReportText;
  /** The due day in the Jalali calendar, then in the Gregorian; null when there is none. */
  due: { jalali: string; gregorian: string } | null;
  status: string;
}

/** A carried follow-up: its row, and the earlier meeting it came from (null when that is not recorded). */
export interface ReportCarriedRow extends ReportFollowUpRow {
  origin: { meeting: ReportText; day: string } | null;
}

interface FollowUpTable {
  heading: string;
  notes: ReportText[];
  columns: { number: string; item: string; responsibleBody: string; due: string; status: string };
  noDue: string;
}

export type ReportPart =
  | { kind: "presentation"; heading: string; notes: ReportText[]; topics: ReportTopic[] }
  | {
      kind: "qa";
      heading: string;
      notes: ReportText[];
      labels: { question: string; answer: string; askedBy: string; answeredBy: string };
      items: ReportQa[];
    }
  | { kind: "proposals"; heading: string; notes: ReportText[]; groups: ReportProposalGroup[] }
  | {
      kind: "resolutions";
      heading: string;
      notes: ReportText[];
      labels: { responsibleBody: string; due: string; status: string; votes: string };
      items: ReportResolution[];
    }
  | ({ kind: "followUps"; rows: ReportFollowUpRow[] } & FollowUpTable)
  /** The earlier meetings' follow-ups that the minutes carried over, with where each came from. */
  | ({ kind: "carryOver"; originColumn: string; unknownOrigin: string; rows: ReportCarriedRow[] } & FollowUpTable)
  /** A section of the minutes outside the report's parts, under its own title. */
  | { kind: "notes"; id: string; heading: ReportText; notes: ReportText[] }
  /** What the report could place nowhere else: text outside every section, and
   * what was typed in the header section beyond the meeting's details. */
  | { kind: "otherNotes"; heading: string; notes: ReportText[] };

/** Who attended and how, when the organizer marked it (report-attendance.ts). */
export interface ReportAttendance {
  heading: string;
  /** "Present: 5 of 7" (those who left early count as present). */
  summary: string;
  columns: { number: string; name: string; role: string; status: string };
  rows: Array<{ number: string; name: ReportText; role: string; status: string }>;
}

export interface ReportOutline {
  locale: Locale;
  dir: "rtl" | "ltr";
  /** For the document's title. */
  title: string;
  /** Atop every printed page: the series and the title, each a field of its own. */
  runningHeader: ReportText;
  header: {
    kind: string;
    series: ReportText | null;
    seriesLabel: string;
    /** "جلسهٔ دهم" / "Session 10", when the meeting has a session number. */
    session: string | null;
    title: ReportText;
    facts: ReportFact[];
  };
  /** The attendance table, after the header; null when nobody was marked. */
  attendance: ReportAttendance | null;
  letterhead: ReportLetterhead | null;
  parts: ReportPart[];
  /** Said where a part or topic has nothing in it. */
  empty: string;
  footer: { version: string; facts: ReportFact[]; hash: { label: string; value: string; hint: string } };
  /** Approved or a draft, who approved and when, and the hash (report-approvals.ts). */
  approval?: ReportApprovalOutline;
}
