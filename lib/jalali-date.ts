// The one date formatter: Jalali (Solar Hijri) and Gregorian, side by side, in
// the order a reader of each language writes them. Meeting times are shown in
// Iran's time zone unless told otherwise.
import type { Locale } from "./i18n/locales";

export const DEFAULT_TIME_ZONE = "Asia/Tehran";

export interface DateFormatOptions {
  timeZone?: string;
  weekday?: boolean;
  time?: boolean;
}

type Parts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

// Making a formatter costs far more than using one (a report formats dozens of dates).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(intlLocale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${intlLocale} ${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale, {
      timeZone,
      weekday: "long",
      year: "numeric",
      month: "long",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(key, format);
  }
  return format;
}

function parts(date: Date, intlLocale: string, options: DateFormatOptions): Parts {
  const format = formatter(intlLocale, options.timeZone ?? DEFAULT_TIME_ZONE);
  const out: Parts = {};
  for (const part of format.formatToParts(date)) out[part.type] = part.value;
  return out;
}

const TIME_JOINER: Record<Locale, string> = { fa: "، ساعت ", en: ", at " };

/** Weekday, day, month, year: the order both languages read a date in, whatever
 * order Intl would use for the locale. */
function assemble(p: Parts, options: DateFormatOptions, locale: Locale): string {
  const day = [options.weekday === false ? undefined : p.weekday, p.day, p.month, p.year]
    .filter(Boolean)
    .join(" ");
  if (!options.time) return day;
  return `${day}${TIME_JOINER[locale]}${p.hour}:${p.minute}`;
}

/** "شنبه ۲۵ آبان ۱۳۹۸" (fa) or "Saturday 25 Aban 1398" (en). */
export function formatJalali(date: Date, locale: Locale, options: DateFormatOptions = {}): string {
  const intl = locale === "fa" ? "fa-IR-u-ca-persian-nu-arabext" : "en-GB-u-ca-persian";
  return assemble(parts(date, intl, options), options, locale);
}

/** "شنبه ۱۶ نوامبر ۲۰۱۹" (fa) or "Saturday 16 November 2019" (en). */
export function formatGregorian(date: Date, locale: Locale, options: DateFormatOptions = {}): string {
  const intl = locale === "fa" ? "fa-IR-u-ca-gregory-nu-arabext" : "en-GB-u-ca-gregory";
  return assemble(parts(date, intl, options), options, locale);
}

/** Both calendars: "شنبه ۲۵ آبان ۱۳۹۸ (۱۶ نوامبر ۲۰۱۹)". */
export function formatDateBoth(date: Date, locale: Locale, options: DateFormatOptions = {}): string {
  const gregorian = formatGregorian(date, locale, { ...options, weekday: false, time: false });
  return `${formatJalali(date, locale, options)} (${gregorian})`;
}
