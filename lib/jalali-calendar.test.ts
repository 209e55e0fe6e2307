import { describe, expect, it } from "vitest";
import {
  gregorianToJalali,
  isLeapJalaliYear,
  isValidJalaliDate,
  jalaliMonthLength,
  jalaliToGregorian,
} from "./jalali-calendar";

describe("Jalali ⇄ Gregorian", () => {
  it("converts known dates both ways", () => {
    const known = [
      { jalali: { year: 1399, month: 1, day: 1 }, gregorian: { year: 2020, month: 3, day: 20 } },
      { jalali: { year: 1398, month: 8, day: 25 }, gregorian: { year: 2019, month: 11, day: 16 } },
      { jalali: { year: 1399, month: 12, day: 30 }, gregorian: { year: 2021, month: 3, day: 20 } },
      { jalali: { year: 1403, month: 12, day: 30 }, gregorian: { year: 2025, month: 3, day: 20 } },
      { jalali: { year: 1357, month: 11, day: 22 }, gregorian: { year: 1979, month: 2, day: 11 } },
    ];
    for (const { jalali, gregorian } of known) {
      expect(jalaliToGregorian(jalali)).toEqual(gregorian);
      expect(gregorianToJalali(gregorian)).toEqual(jalali);
    }
  });

  it("knows which Esfands have a 30th day", () => {
    expect(isLeapJalaliYear(1399)).toBe(true);
    expect(isLeapJalaliYear(1398)).toBe(false);
    expect(isValidJalaliDate({ year: 1399, month: 12, day: 30 })).toBe(true);
    expect(isValidJalaliDate({ year: 1398, month: 12, day: 30 })).toBe(false);
    expect(jalaliMonthLength(1398, 12)).toBe(29);
    expect(jalaliMonthLength(1402, 6)).toBe(31);
    expect(jalaliMonthLength(1402, 7)).toBe(30);
  });

  it("refuses dates that do not exist", () => {
    for (const date of [
      { year: 1398, month: 12, day: 31 },
      { year: 1398, month: 7, day: 31 },
      { year: 1398, month: 13, day: 1 },
      { year: 1398, month: 0, day: 1 },
      { year: 1398, month: 1, day: 0 },
      { year: 1398.5, month: 1, day: 1 },
      { year: 4000, month: 1, day: 1 },
    ]) {
      expect(isValidJalaliDate(date)).toBe(false);
      expect(() => jalaliToGregorian(date)).toThrow(RangeError);
    }
    expect(() => gregorianToJalali({ year: 2019, month: 2, day: 29 })).toThrow(RangeError);
  });

  it("agrees with the platform's Persian calendar every day from 1300 to 1500", () => {
    const format = new Intl.DateTimeFormat("en-u-ca-persian-nu-latn", {
      timeZone: "UTC",
      year: "numeric",
      month: "numeric",
      day: "numeric",
    });
    const start = Date.UTC(1921, 2, 21);
    const end = Date.UTC(2121, 2, 21);
    for (let ms = start; ms < end; ms += 86_400_000) {
      const parts = Object.fromEntries(format.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
      const expected = { year: Number.parseInt(parts.year ?? "", 10), month: Number(parts.month), day: Number(parts.day) };
      const date = new Date(ms);
      const gregorian = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
      const jalali = gregorianToJalali(gregorian);
      if (jalali.year !== expected.year || jalali.month !== expected.month || jalali.day !== expected.day) {
        expect({ gregorian, jalali }).toEqual({ gregorian, jalali: expected });
      }
      expect(jalaliToGregorian(jalali)).toEqual(gregorian);
    }
  });
});
