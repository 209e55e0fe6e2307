// A meeting's time as people enter it — a Jalali date and a wall-clock time in
// a time zone (Tehran by default) — and the UTC instant that is stored.
import { gregorianToJalali, isValidJalaliDate, jalaliToGregorian } from "./jalali-calendar";
import { DEFAULT_TIME_ZONE } from "./jalali-date";

export interface JalaliDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      calendar: "gregory",
      numberingSystem: "latn",
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The wall-clock fields (Gregorian) of an instant in a time zone. */
function wallClock(epochMs: number, timeZone: string): Record<"year" | "month" | "day" | "hour" | "minute" | "second", number> {
  const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatter(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type in out) out[part.type as keyof typeof out] = Number(part.value);
  }
  return out;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const wall = wallClock(epochMs, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - (epochMs - (((epochMs % 1000) + 1000) % 1000));
}

function isValidTime(value: JalaliDateTime): boolean {
  return (
    Number.isInteger(value.hour) &&
    Number.isInteger(value.minute) &&
    value.hour >= 0 &&
    value.hour <= 23 &&
    value.minute >= 0 &&
    value.minute <= 59
  );
}

/** Whether the date exists in the Jalali calendar and the time on a 24-hour clock. */
export function isValidJalaliDateTime(value: JalaliDateTime): boolean {
  return isValidJalaliDate(value) && isValidTime(value);
}

/** The instant at which the zone's clocks show this Jalali date and time.
 * Throws a RangeError for a date that does not exist. */
export function jalaliDateTimeToInstant(value: JalaliDateTime, timeZone = DEFAULT_TIME_ZONE): Date {
  if (!isValidTime(value)) throw new RangeError(`No such time: ${value.hour}:${value.minute}`);
  const g = jalaliToGregorian(value);
  const wallAsUtc = Date.UTC(g.year, g.month - 1, g.day, value.hour, value.minute);
  // The offset at the guess can differ from the offset at the answer across a
  // daylight-saving change (Iran kept one until 1401); a second pass settles it.
  const first = wallAsUtc - zoneOffsetMs(wallAsUtc, timeZone);
  return new Date(wallAsUtc - zoneOffsetMs(first, timeZone));
}

/** The Jalali date and wall-clock time of an instant in a time zone. */
export function instantToJalaliDateTime(instant: Date, timeZone = DEFAULT_TIME_ZONE): JalaliDateTime {
  const wall = wallClock(instant.getTime(), timeZone);
  const date = gregorianToJalali({ year: wall.year, month: wall.month, day: wall.day });
  return { ...date, hour: wall.hour, minute: wall.minute };
}
