// What a report is made of: the input every output renders from (a locked
// version's structured reading and its meeting), and the ordered outline built
// from it once, with every label in the report's language and every date in
// both calendars. The HTML, Markdown and DOCX renderers only lay it out.
import type { MinutesReading } from "../../lib/editor/read-minutes";
import { direction, type Locale } from "../../lib/i18n/locales";
import { formatInteger } from "../../lib/i18n/numbers";
import { translator, type Translator } from "../../lib/i18n/translate";
import { formatGregorian, formatJalali } from "../../lib/jalali-date";
import type { TextSegment } from "../../lib/report/link-target";
import { hasRtlLetters } from "../../lib/report/text-direction";
import { withoutDirectionalControls } from "../../lib/directional-controls";
import { reportParts } from "./report-parts";
import { fieldsLine, lines, oneLine } from "./report-text";

export interface ReportInput {
  locale: Locale;
  series: string | null;
  meeting: {
    title: string;
    startsAt: Date;
    place: string;
    guests: Array<{ name: string; role: string; organisation: string }>;
    attendees: Array<{ name: string; affiliation: string }>;
  };
  /** The series' proposal categories, in the series' order. */
  categories: Array<{ id: string; name: string }>;
  reading: MinutesReading;
  /** Where the carried follow-ups (the carry-over section's) came from: the
   * earlier meeting of each tracked item, by the item's id (the block's id). */
  carriedFrom: CarriedOrigin[];
  version: { number: number; lockedAt: Date; lockedBy: string; sha256: string; note: string };
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
  | ({ kind: "followUps"; rows: ReportFollowUpRow[] } & FollowUpTable)
  /** The earlier meetings' follow-ups that the minutes carried over, with where each came from. */
  | ({ kind: "carryOver"; originColumn: string; unknownOrigin: string; rows: ReportCarriedRow[] } & FollowUpTable)
  /** A section of the minutes outside the report's parts, under its own title. */
  | { kind: "notes"; id: string; heading: ReportText; notes: ReportText[] }
  /** What the report could place nowhere else: text outside every section, and
   * what was typed in the header section beyond the meeting's details. */
  | { kind: "otherNotes"; heading: string; notes: ReportText[] };

export interface ReportOutline {
  locale: Locale;
  dir: "rtl" | "ltr";
  /** For the document's title. */
  title: string;
  /** Atop every printed page: the series and the title, each a field of its own. */
  runningHeader: ReportText;
  header: { kind: string; series: ReportText | null; seriesLabel: string; title: ReportText; facts: ReportFact[] };
  parts: ReportPart[];
  /** Said where a part or topic has nothing in it. */
  empty: string;
  footer: { version: string; facts: ReportFact[]; hash: { label: string; value: string; hint: string } };
}

const RUNNING_HEADER_LENGTH = 110;
const RUNNING_HEADER_SEPARATOR = " · ";

function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(" ");
  return `${(space > length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The series and the title, at most RUNNING_HEADER_LENGTH characters
 * between them: the series to half of it, the title in what is left. */
function runningHeader(series: string | null, title: string): ReportText {
  if (!series) return oneLine(shorten(title, RUNNING_HEADER_LENGTH));
  const seriesPart = shorten(series, Math.floor(RUNNING_HEADER_LENGTH / 2));
  const titleLength = RUNNING_HEADER_LENGTH - seriesPart.length - RUNNING_HEADER_SEPARATOR.length;
  return [...oneLine(seriesPart), { text: RUNNING_HEADER_SEPARATOR, own: true }, ...oneLine(shorten(title, titleLength))];
}

function headerFacts(input: ReportInput, t: Translator): ReportFact[] {
  const { meeting, locale } = input;
  const facts: ReportFact[] = [
    {
      label: t("report.date"),
      lines: [
        [{ text: formatJalali(meeting.startsAt, locale, { time: true }) }],
        [{ text: formatGregorian(meeting.startsAt, locale, { weekday: false }) }],
      ],
    },
  ];
  if (meeting.place.trim()) facts.push({ label: t("report.place"), lines: [oneLine(meeting.place)] });
  if (meeting.guests.length > 0) {
    facts.push({
      label: t("report.guests"),
      lines: meeting.guests.map((guest) => {
        const parts = [guest.name, guest.role, guest.organisation].filter((part) => part.trim());
        // Persian details are joined with a Persian comma, whatever the report's language.
        const separator = hasRtlLetters(parts.join("")) ? "، " : t("report.listSeparator");
        const values = Object.fromEntries(parts.map((part, index) => [`f${index}`, part]));
        return fieldsLine(parts.map((_, index) => `{f${index}}`).join(separator), values);
      }),
    });
  }
  if (meeting.attendees.length > 0) {
    facts.push({
      label: t("report.attendees"),
      lines: meeting.attendees.map((attendee) =>
        attendee.affiliation.trim()
          ? fieldsLine(t("report.attendee", { name: "{name}", affiliation: "{affiliation}" }), { name: attendee.name, affiliation: attendee.affiliation })
          : oneLine(attendee.name),
      ),
    });
  }
  return facts;
}

function footer(input: ReportInput, t: Translator): ReportOutline["footer"] {
  const { version, locale } = input;
  const facts: ReportFact[] = [
    {
      label: t("report.lockedAt"),
      lines: [
        [{ text: formatJalali(version.lockedAt, locale, { time: true }) }],
        [{ text: formatGregorian(version.lockedAt, locale, { weekday: false }) }],
      ],
    },
    { label: t("report.lockedBy"), lines: [oneLine(version.lockedBy)] },
  ];
  if (version.note.trim()) facts.push({ label: t("report.note"), lines: lines(version.note) });
  return {
    version: t("report.version", { number: formatInteger(version.number, locale) }),
    facts,
    hash: { label: t("report.hash"), value: version.sha256, hint: t("report.hashHint") },
  };
}

export function buildReportOutline(input: ReportInput): ReportOutline {
  const t = translator(input.locale);
  const title = withoutDirectionalControls(input.meeting.title).replace(/\s+/g, " ").trim();
  const series = (input.series && withoutDirectionalControls(input.series).replace(/\s+/g, " ").trim()) || null;
  return {
    locale: input.locale,
    dir: direction(input.locale),
    title,
    runningHeader: runningHeader(series, title),
    header: { kind: t("report.kind"), series: series ? oneLine(series) : null, seriesLabel: t("report.series"), title: oneLine(title), facts: headerFacts(input, t) },
    parts: reportParts(input, t),
    empty: t("report.empty"),
    footer: footer(input, t),
  };
}
