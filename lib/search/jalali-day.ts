// The search page's date filters: a day typed in the Jalali calendar
// ("۱۳۹۸/۰۷/۲۴", "1398-7-24", any digits) read as the ISO day the search takes,
// and an ISO day written back in Jalali for the form.
import type { Locale } from "../i18n/locales";
import { formatInteger, parseInteger } from "../i18n/numbers";
import { gregorianToJalali, isValidJalaliDate, jalaliToGregorian } from "../jalali-calendar";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Jalali years a search may name (the date fields' own range). */
const YEARS = { min: 1300, max: 1500 } as const;
/** A year-month-day from this year on is Gregorian (the ISO day of an address); before it, Jalali. */
const FIRST_GREGORIAN_YEAR = 1700;

const pad = (value: number, digits: number): string => String(value).padStart(digits, "0");

/** The ISO day (Gregorian) of a Jalali day typed as year/month/day; an ISO day
 * (a Gregorian year) is taken as it is. Empty text is no day (null); anything
 * else unreadable is "invalid". */
export function jalaliTextToIsoDay(text: string): string | null | "invalid" {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (ISO_DAY.test(trimmed) && Number(trimmed.slice(0, 4)) >= FIRST_GREGORIAN_YEAR) return trimmed;
  const parts = trimmed.split(/[/\-.\u066b\u060c ]+/).map(parseInteger);
  const [year, month, day] = parts;
  if (parts.length !== 3 || year === undefined || month === undefined || day === undefined) return "invalid";
  const date = { year, month, day };
  if (!isValidJalaliDate(date) || year < YEARS.min || year > YEARS.max) return "invalid";
  const gregorian = jalaliToGregorian(date);
  return `${pad(gregorian.year, 4)}-${pad(gregorian.month, 2)}-${pad(gregorian.day, 2)}`;
}

/** An ISO day written as the Jalali year/month/day, in the locale's digits. */
export function isoDayToJalaliText(isoDay: string, locale: Locale): string {
  const match = ISO_DAY.exec(isoDay);
  if (!match) return isoDay;
  const jalali = gregorianToJalali({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
  return [formatInteger(jalali.year, locale), formatInteger(jalali.month, locale, 2), formatInteger(jalali.day, locale, 2)].join("/");
}
