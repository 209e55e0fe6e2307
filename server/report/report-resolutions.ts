// The report's resolutions (مصوبات): each numbered in the order the minutes
// hold them ("مصوبهٔ ۲", "مصوبهٔ ۲ از جلسهٔ ۱۰" where the meeting has a session
// number), with its text, the body responsible, the due day in both calendars,
// its status as the minutes gave it, and the votes when they were counted.
import { dueInstant } from "@/lib/editor/due-date";
import type { ResolutionItem, ResolutionVotes } from "@/lib/editor/read-minutes";
import { formatInteger } from "@/lib/i18n/numbers";
import type { Translator } from "@/lib/i18n/translate";
import { formatGregorian, formatJalali } from "@/lib/jalali-date";
import { statusWords } from "./report-follow-ups";
import { lines, optional } from "./report-text";
import type { ReportInput, ReportPart, ReportResolution, ReportText } from "./report-types";

/** "مصوبهٔ ۲ از جلسهٔ ۱۰", or "مصوبهٔ ۲" for a meeting without a session number. */
function resolutionNumber(input: ReportInput, t: Translator, index: number): string {
  const number = formatInteger(index + 1, input.locale);
  const session = input.meeting.session?.number;
  return session ? t("report.resolution.numberInSession", { number, session: formatInteger(session, input.locale) }) : t("report.resolution.number", { number });
}

function voteLine(input: ReportInput, t: Translator, votes: ResolutionVotes | null): string | null {
  if (!votes) return null;
  const count = (value: number | null): string => (value === null ? t("report.resolution.notCounted") : formatInteger(value, input.locale));
  return t("report.resolution.voteCount", { for: count(votes.for), against: count(votes.against), abstain: count(votes.abstain) });
}

function resolution(input: ReportInput, t: Translator, item: ResolutionItem, index: number): ReportResolution {
  // A due date is a calendar day: read it in UTC, where dueInstant puts it.
  const day = { timeZone: "UTC", weekday: false } as const;
  const due = dueInstant(item.due);
  return {
    id: item.id,
    number: resolutionNumber(input, t, index),
    paragraphs: lines(item.text),
    responsibleBody: optional(item.responsibleBody),
    due: due ? { jalali: formatJalali(due, input.locale, day), gregorian: formatGregorian(due, input.locale, day) } : null,
    status: statusWords(t, item.status),
    votes: voteLine(input, t, item.votes),
  };
}

/** Every resolution of the minutes, numbered through. */
export function resolutionsPart(input: ReportInput, t: Translator, notes: ReportText[]): ReportPart {
  return {
    kind: "resolutions",
    heading: t("report.resolutions"),
    notes,
    labels: {
      responsibleBody: t("report.resolution.responsibleBody"),
      due: t("report.resolution.due"),
      status: t("report.resolution.status"),
      votes: t("report.resolution.votes"),
    },
    items: input.reading.resolutions.map((item, index) => resolution(input, t, item, index)),
  };
}
