import { describe, expect, it } from "vitest";
import { instantToJalaliDateTime, isValidJalaliDateTime, jalaliDateTimeToInstant } from "./jalali-date-time";
import { formatJalali } from "./jalali-date";

describe("a Jalali date and time in Tehran", () => {
  it("is the sample meeting's instant: 25 Aban 1398, 18:00 = 14:30 UTC", () => {
    const instant = jalaliDateTimeToInstant({ year: 1398, month: 8, day: 25, hour: 18, minute: 0 });
    expect(instant.toISOString()).toBe("2019-11-16T14:30:00.000Z");
    expect(instantToJalaliDateTime(instant)).toEqual({ year: 1398, month: 8, day: 25, hour: 18, minute: 0 });
    expect(formatJalali(instant, "en", { weekday: false })).toBe("25 Aban 1398");
  });

  it("follows Tehran's old summer time (UTC+4:30 until 1401) and its absence since", () => {
    const summer1398 = jalaliDateTimeToInstant({ year: 1398, month: 4, day: 1, hour: 10, minute: 0 });
    expect(summer1398.toISOString()).toBe("2019-06-22T05:30:00.000Z");
    const summer1403 = jalaliDateTimeToInstant({ year: 1403, month: 4, day: 1, hour: 10, minute: 0 });
    expect(summer1403.toISOString()).toBe("2024-06-21T06:30:00.000Z");
  });

  it("crosses midnight into the right Gregorian day", () => {
    const instant = jalaliDateTimeToInstant({ year: 1399, month: 1, day: 1, hour: 2, minute: 15 });
    expect(instant.toISOString()).toBe("2020-03-19T22:45:00.000Z");
    expect(instantToJalaliDateTime(instant)).toEqual({ year: 1399, month: 1, day: 1, hour: 2, minute: 15 });
  });

  it("refuses a date or time that does not exist", () => {
    expect(isValidJalaliDateTime({ year: 1398, month: 12, day: 30, hour: 10, minute: 0 })).toBe(false);
    expect(isValidJalaliDateTime({ year: 1399, month: 12, day: 30, hour: 10, minute: 0 })).toBe(true);
    expect(isValidJalaliDateTime({ year: 1399, month: 1, day: 1, hour: 24, minute: 0 })).toBe(false);
    expect(isValidJalaliDateTime({ year: 1399, month: 1, day: 1, hour: 9, minute: 60 })).toBe(false);
    expect(() => jalaliDateTimeToInstant({ year: 1398, month: 12, day: 30, hour: 10, minute: 0 })).toThrow(RangeError);
  });
});
