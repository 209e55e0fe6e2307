// The report header's session line ("جلسهٔ دهم" / "Session 10") and the
// letter the minutes go out under (its number and day, in both calendars),
// from the meeting's details at the lock.
import { dueInstant } from "@/lib/editor/due-date";
import { formatInteger } from "@/lib/i18n/numbers";
import type { Translator } from "@/lib/i18n/translate";
import { formatGregorian, formatJalali } from "@/lib/jalali-date";
import { persianOrdinal } from "@/lib/persian-ordinal";
import { oneLine } from "./report-text";
import type { ReportFact, ReportInput } from "./report-types";

/** "جلسهٔ دهم" in a Persian report, "Session 10" in an English one; null without a number. */
export function sessionLine(input: ReportInput, t: Translator): string | null {
  const number = input.meeting.session?.number;
  if (!number) return null;
  return t("report.session", { ordinal: input.locale === "fa" ? persianOrdinal(number) : formatInteger(number, input.locale) });
}

/** The letter's number and day, when the meeting has them. */
export function letterFacts(input: ReportInput, t: Translator): ReportFact[] {
  const session = input.meeting.session;
  if (!session) return [];
  const facts: ReportFact[] = [];
  if (session.letterNumber.trim()) facts.push({ label: t("report.letterNumber"), lines: [oneLine(session.letterNumber)] });
  const day = dueInstant(session.letterDate);
  if (day) {
    // Noon UTC of the day: formatted in UTC it is that day in both calendars.
    const options = { timeZone: "UTC" };
    facts.push({
      label: t("report.letterDate"),
      lines: [[{ text: formatJalali(day, input.locale, options) }], [{ text: formatGregorian(day, input.locale, { ...options, weekday: false }) }]],
    });
  }
  return facts;
}
