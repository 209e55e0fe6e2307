// The search page's date filters: a day typed in the Jalali calendar
// ("۱۳۹۸/۰۷/۲۴", "1398-7-24", any digits) read as the ISO day the search takes,
// as a due date is read (lib/editor/due-date.ts), and an ISO day written back
// in Jalali for the form. An ISO day in the address (a Gregorian year) is
// taken as it is.
import { jalaliDueText, parseJalaliDue } from "../editor/due-date";
import type { Locale } from "../i18n/locales";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A year-month-day from this year on is Gregorian (the ISO day of an address); before it, Jalali. */
const FIRST_GREGORIAN_YEAR = 1700;

/** The ISO day of a Jalali day typed as year/month/day, or of an ISO day as
 * it is. Empty text is no day (null); anything else unreadable is "invalid". */
export function jalaliTextToIsoDay(text: string): string | null | "invalid" {
  const trimmed = text.trim();
  if (ISO_DAY.test(trimmed) && Number(trimmed.slice(0, 4)) >= FIRST_GREGORIAN_YEAR) return trimmed;
  const entry = parseJalaliDue(trimmed);
  return entry.ok ? entry.due : "invalid";
}

/** An ISO day written as the Jalali year/month/day, in the locale's digits. */
export const isoDayToJalaliText = (isoDay: string, locale: Locale): string => jalaliDueText(isoDay, locale);
