// A follow-up's due date: stored as a Gregorian ISO day (YYYY-MM-DD), entered
// and shown in the Jalali calendar ("1403/09/25", in Persian or Latin digits).
import type { Locale } from "../i18n/locales";
import { gregorianToJalali, isValidJalaliDate, jalaliToGregorian, type CalendarDate } from "../jalali-calendar";

/** The Jalali years a due date may be entered in. */
export const DUE_YEARS = { min: 1300, max: 1500 } as const;

export type DueDateProblem = "format" | "year" | "notInCalendar";

export type DueDateEntry = { ok: true; due: string | null } | { ok: false; problem: DueDateProblem };

const PERSIAN_ZERO = 0x06f0;
const ARABIC_ZERO = 0x0660;

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits as ASCII digits. */
export function toLatinDigits(text: string): string {
  return text.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= PERSIAN_ZERO ? code - PERSIAN_ZERO : code - ARABIC_ZERO);
  });
}

function toPersianDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(PERSIAN_ZERO + Number(digit)));
}

const pad = (value: number, width: number): string => String(value).padStart(width, "0");

function isoDay(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** What someone typed as a Jalali due date: an ISO day to store, null for
 * "no due date" (an empty field), or why it is not a date. */
export function parseJalaliDue(text: string): DueDateEntry {
  const latin = toLatinDigits(text).trim();
  if (latin === "") return { ok: true, due: null };
  const match = /^(\d{3,4})\s*[/.\-\u066b]\s*(\d{1,2})\s*[/.\-\u066b]\s*(\d{1,2})$/.exec(latin);
  if (!match) return { ok: false, problem: "format" };
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (date.year < DUE_YEARS.min || date.year > DUE_YEARS.max) return { ok: false, problem: "year" };
  if (!isValidJalaliDate(date)) return { ok: false, problem: "notInCalendar" };
  return { ok: true, due: isoDay(jalaliToGregorian(date)) };
}

/** The Gregorian day of a stored due date, or null when it is not a real ISO day. */
export function parseIsoDay(due: unknown): CalendarDate | null {
  if (typeof due !== "string") return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(due);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  try {
    gregorianToJalali(date);
    return date;
  } catch {
    return null;
  }
}

/** A stored due date as it is typed: "۱۳۹۸/۰۹/۲۵" (fa) or "1398/09/25" (en); "" when there is none. */
export function jalaliDueText(due: unknown, locale: Locale): string {
  const day = parseIsoDay(due);
  if (!day) return "";
  const jalali = gregorianToJalali(day);
  const text = `${jalali.year}/${pad(jalali.month, 2)}/${pad(jalali.day, 2)}`;
  return locale === "fa" ? toPersianDigits(text) : text;
}

/** Noon UTC of the due day: an instant that formats as that day in UTC. */
export function dueInstant(due: unknown): Date | null {
  const day = parseIsoDay(due);
  return day ? new Date(Date.UTC(day.year, day.month - 1, day.day, 12)) : null;
}
