// The report's two follow-up tables: this meeting's follow-ups, and the
// earlier meetings' items the minutes carried over (the follow-ups of a
// carry-over section), each with the meeting it came from. Both show the status
// the minutes gave the item in this version, in the tracker's words.
import { dueInstant } from "@/lib/editor/due-date";
import type { FollowUpItem } from "@/lib/editor/read-minutes";
import { formatInteger } from "@/lib/i18n/numbers";
import type { Translator } from "@/lib/i18n/translate";
import { formatGregorian, formatJalali } from "@/lib/jalali-date";
import { isTrackerStatus, minutesStatusName } from "@/lib/tracker-status";
import type { ReportFollowUpRow, ReportInput, ReportPart, ReportText } from "./report-types";
import { lines, oneLine } from "./report-text";

/** A follow-up's status in the tracker's words (an older word as the status
 * it stood for); a status neither knows, as it is. */
export function statusWords(t: Translator, stored: string): string {
  const status = minutesStatusName(stored);
  return isTrackerStatus(status) ? t(`tracker.status.${status}`) : status;
}

/** Whether a follow-up is an earlier meeting's, carried over: it is in a carry-over section
 * (as the tracker reads it when the minutes are locked). */
export function isCarried(input: ReportInput, followUp: FollowUpItem): boolean {
  return input.reading.sections.some((section) => section.kind === "carryOver" && section.id === followUp.sectionId);
}

function row(input: ReportInput, t: Translator, followUp: FollowUpItem, index: number): ReportFollowUpRow {
  // A due date is a calendar day: read it in UTC, where dueInstant puts it.
  const day = { timeZone: "UTC", weekday: false } as const;
  const due = dueInstant(followUp.due);
  return {
    id: followUp.id,
    number: formatInteger(index + 1, input.locale),
    item: lines(followUp.text),
    responsibleBody: oneLine(followUp.responsibleBody),
    due: due ? { jalali: formatJalali(due, input.locale, day), gregorian: formatGregorian(due, input.locale, day) } : null,
    status: statusWords(t, followUp.status),
  };
}

function table(t: Translator, heading: string, notes: ReportText[]) {
  return {
    heading,
    notes,
    columns: {
      number: t("report.followUps.number"),
      item: t("report.followUps.item"),
      responsibleBody: t("report.followUps.responsibleBody"),
      due: t("report.followUps.due"),
      status: t("report.followUps.status"),
    },
    noDue: t("report.followUps.noDue"),
  };
}

/** This meeting's follow-ups: every follow-up of the minutes that was not carried over. */
export function followUpsPart(input: ReportInput, t: Translator, notes: ReportText[]): ReportPart {
  const own = input.reading.followUps.filter((followUp) => !isCarried(input, followUp));
  return { kind: "followUps", ...table(t, t("report.followUps"), notes), rows: own.map((followUp, index) => row(input, t, followUp, index)) };
}

/** The carried follow-ups, each with the earlier meeting it came from. */
export function carryOverPart(input: ReportInput, t: Translator, notes: ReportText[]): ReportPart {
  const origins = new Map(input.carriedFrom.map((origin) => [origin.itemId, origin.meeting]));
  const carried = input.reading.followUps.filter((followUp) => isCarried(input, followUp));
  return {
    kind: "carryOver",
    ...table(t, t("report.carryOver"), notes),
    originColumn: t("report.carryOver.origin"),
    unknownOrigin: t("report.carryOver.unknownOrigin"),
    rows: carried.map((followUp, index) => {
      const meeting = origins.get(followUp.id);
      const origin = meeting ? { meeting: oneLine(meeting.title), day: formatJalali(meeting.startsAt, input.locale, { weekday: false }) } : null;
      return { ...row(input, t, followUp, index), origin };
    }),
  };
}
