// A report's outline, built once from the input every output renders from (a
// locked version's structured reading and its meeting; their shapes are in
// report-types.ts), with every label in the report's language and every date
// in both calendars. The HTML, Markdown and DOCX renderers only lay it out.
import { direction } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator, type Translator } from "@/lib/i18n/translate";
import { formatGregorian, formatJalali } from "@/lib/jalali-date";
import { hasRtlLetters } from "@/lib/report/text-direction";
import { withoutDirectionalControls } from "@/lib/directional-controls";
import { reportLetterhead } from "./letterhead-model";
import { attendancePart, hasAttendance } from "./report-attendance";
import { reportApproval } from "./report-approvals";
import { reportParts } from "./report-parts";
import { letterFacts, sessionLine } from "./report-session";
import { fieldsLine, lines, oneLine } from "./report-text";
import type { ReportInput, ReportText, ReportFact, ReportOutline } from "./report-types";

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
  // Attendees marked for attendance are listed in the attendance table instead.
  if (meeting.attendees.length > 0 && !hasAttendance(input)) {
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
    header: {
      kind: t("report.kind"),
      series: series ? oneLine(series) : null,
      seriesLabel: t("report.series"),
      session: sessionLine(input, t),
      title: oneLine(title),
      facts: [...headerFacts(input, t), ...letterFacts(input, t)],
    },
    attendance: attendancePart(input, t),
    letterhead: reportLetterhead(input, t),
    parts: reportParts(input, t),
    empty: t("report.empty"),
    footer: footer(input, t),
    approval: reportApproval(input, t),
  };
}
