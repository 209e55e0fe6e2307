// The time on a speaker stamp: the wall-clock time in Tehran (where the
// sessions are held), in the reader's digits; the full Jalali date and time
// for the stamp's tooltip.
import type { Locale } from "../i18n/locales";
import { DEFAULT_TIME_ZONE, formatJalali } from "../jalali-date";

const formats = new Map<Locale, Intl.DateTimeFormat>();

function timeFormat(locale: Locale): Intl.DateTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "fa" ? "fa-IR-u-nu-arabext" : "en-GB", {
      timeZone: DEFAULT_TIME_ZONE,
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formats.set(locale, format);
  }
  return format;
}

function instant(at: unknown): Date | null {
  if (typeof at !== "string" || at === "") return null;
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "۱۸:۱۰" (fa) or "18:10" (en); "" when the stamp has no valid time. */
export function stampTime(at: unknown, locale: Locale): string {
  const date = instant(at);
  return date ? timeFormat(locale).format(date) : "";
}

/** "شنبه ۲۵ آبان ۱۳۹۸، ساعت ۱۸:۱۰" (fa) or "Saturday 25 Aban 1398, at 18:10" (en). */
export function stampDateTime(at: unknown, locale: Locale): string {
  const date = instant(at);
  return date ? formatJalali(date, locale, { time: true }) : "";
}
