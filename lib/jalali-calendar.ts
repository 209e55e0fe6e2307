// Jalali (Solar Hijri) ⇄ Gregorian conversion and validation: Borkowski's
// algorithm, as in jalaali-js, exact for the years people actually enter.
// Dates are plain { year, month, day } with months counted from 1.

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The years between which the algorithm's table of leap-cycle breaks holds. */
export const JALALI_YEAR_MIN = -61;
export const JALALI_YEAR_MAX = 3177;

const BREAKS = [
  -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178,
];

const div = (a: number, b: number): number => Math.trunc(a / b);
const mod = (a: number, b: number): number => a - Math.trunc(a / b) * b;

interface YearStart {
  /** 0 when the year is leap; otherwise years since the last leap year. */
  leap: number;
  /** The Gregorian year in which this Jalali year begins. */
  gregorianYear: number;
  /** The day of March on which 1 Farvardin falls. */
  march: number;
}

function yearStart(jalaliYear: number): YearStart {
  if (!Number.isInteger(jalaliYear) || jalaliYear < JALALI_YEAR_MIN || jalaliYear > JALALI_YEAR_MAX) {
    throw new RangeError(`Jalali year out of range: ${jalaliYear}`);
  }
  const gregorianYear = jalaliYear + 621;
  let leapJ = -14;
  let previousBreak = BREAKS[0] ?? JALALI_YEAR_MIN;
  let jump = 0;
  for (let i = 1; i < BREAKS.length; i += 1) {
    const nextBreak = BREAKS[i] ?? JALALI_YEAR_MAX + 1;
    jump = nextBreak - previousBreak;
    if (jalaliYear < nextBreak) break;
    leapJ += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    previousBreak = nextBreak;
  }
  let n = jalaliYear - previousBreak;
  leapJ += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) === 4 && jump - n === 4) leapJ += 1;
  const leapG = div(gregorianYear, 4) - div((div(gregorianYear, 100) + 1) * 3, 4) - 150;
  const march = 20 + leapJ - leapG;
  if (jump - n < 6) n = n - jump + div(jump + 4, 33) * 33;
  let leap = mod(mod(n + 1, 33) - 1, 4);
  if (leap === -1) leap = 4;
  return { leap, gregorianYear, march };
}

/** Julian day number of a Gregorian date. */
function gregorianToDayNumber(year: number, month: number, day: number): number {
  const d =
    div((year + div(month - 8, 6) + 100100) * 1461, 4) + div(153 * mod(month + 9, 12) + 2, 5) + day - 34840408;
  return d - div(div(year + 100100 + div(month - 8, 6), 100) * 3, 4) + 752;
}

function dayNumberToGregorian(dayNumber: number): CalendarDate {
  let j = 4 * dayNumber + 139361631;
  j += div(div(4 * dayNumber + 183187720, 146097) * 3, 4) * 4 - 3908;
  const i = div(mod(j, 1461), 4) * 5 + 308;
  const day = div(mod(i, 153), 5) + 1;
  const month = mod(div(i, 153), 12) + 1;
  const year = div(j, 1461) - 100100 + div(8 - month, 6);
  return { year, month, day };
}

function jalaliToDayNumber(date: CalendarDate): number {
  const start = yearStart(date.year);
  return (
    gregorianToDayNumber(start.gregorianYear, 3, start.march) +
    (date.month - 1) * 31 -
    div(date.month, 7) * (date.month - 7) +
    date.day -
    1
  );
}

function dayNumberToJalali(dayNumber: number): CalendarDate {
  const gregorianYear = dayNumberToGregorian(dayNumber).year;
  let year = gregorianYear - 621;
  const start = yearStart(year);
  let k = dayNumber - gregorianToDayNumber(gregorianYear, 3, start.march);
  if (k >= 0) {
    if (k <= 185) return { year, month: 1 + div(k, 31), day: mod(k, 31) + 1 };
    k -= 186;
  } else {
    year -= 1;
    k += 179;
    if (start.leap === 1) k += 1;
  }
  return { year, month: 7 + div(k, 30), day: mod(k, 30) + 1 };
}

export function isLeapJalaliYear(year: number): boolean {
  return yearStart(year).leap === 0;
}

/** 31 days in the first six months, 30 in the next five, 29 or 30 in Esfand. */
export function jalaliMonthLength(year: number, month: number): number {
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  return isLeapJalaliYear(year) ? 30 : 29;
}

/** Whether the date exists in the Jalali calendar (e.g. 30 Esfand only in leap years). */
export function isValidJalaliDate(date: CalendarDate): boolean {
  return (
    Number.isInteger(date.year) &&
    Number.isInteger(date.month) &&
    Number.isInteger(date.day) &&
    date.year >= JALALI_YEAR_MIN &&
    date.year <= JALALI_YEAR_MAX &&
    date.month >= 1 &&
    date.month <= 12 &&
    date.day >= 1 &&
    date.day <= jalaliMonthLength(date.year, date.month)
  );
}

/** The Gregorian date of a valid Jalali date; throws a RangeError otherwise. */
export function jalaliToGregorian(date: CalendarDate): CalendarDate {
  if (!isValidJalaliDate(date)) throw new RangeError(`No such Jalali date: ${date.year}/${date.month}/${date.day}`);
  return dayNumberToGregorian(jalaliToDayNumber(date));
}

/** The Jalali date of a Gregorian date (which must exist). */
export function gregorianToJalali(date: CalendarDate): CalendarDate {
  const dayNumber = gregorianToDayNumber(date.year, date.month, date.day);
  const back = dayNumberToGregorian(dayNumber);
  if (back.year !== date.year || back.month !== date.month || back.day !== date.day) {
    throw new RangeError(`No such Gregorian date: ${date.year}-${date.month}-${date.day}`);
  }
  return dayNumberToJalali(dayNumber);
}
