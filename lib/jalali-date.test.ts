import { describe, expect, it } from "vitest";
import { formatDateBoth, formatGregorian, formatJalali } from "./jalali-date";

// The sample meeting: 18:00 in Tehran (UTC+3:30) on 25 Aban 1398.
const SAMPLE = new Date("2019-11-16T14:30:00Z");

describe("formatJalali", () => {
  it("shows the sample meeting's date in Persian, with Persian digits", () => {
    expect(formatJalali(SAMPLE, "fa")).toBe("شنبه ۲۵ آبان ۱۳۹۸");
  });

  it("shows the same Jalali date in English", () => {
    expect(formatJalali(SAMPLE, "en")).toBe("Saturday 25 Aban 1398");
  });

  it("adds the time in Tehran when asked", () => {
    expect(formatJalali(SAMPLE, "fa", { time: true })).toBe("شنبه ۲۵ آبان ۱۳۹۸، ساعت ۱۸:۰۰");
    expect(formatJalali(SAMPLE, "en", { time: true })).toBe("Saturday 25 Aban 1398, at 18:00");
  });

  it("leaves the weekday out when asked", () => {
    expect(formatJalali(SAMPLE, "en", { weekday: false })).toBe("25 Aban 1398");
  });

  it("knows the 30th of Esfand in a leap year (1399)", () => {
    expect(formatJalali(new Date("2021-03-20T12:00:00Z"), "en")).toBe("Saturday 30 Esfand 1399");
    expect(formatJalali(new Date("2021-03-20T12:00:00Z"), "fa")).toBe("شنبه ۳۰ اسفند ۱۳۹۹");
  });

  it("ends a common year on the 29th of Esfand (1402)", () => {
    expect(formatJalali(new Date("2024-03-19T12:00:00Z"), "en")).toBe("Tuesday 29 Esfand 1402");
    expect(formatJalali(new Date("2024-03-20T12:00:00Z"), "en")).toBe("Wednesday 1 Farvardin 1403");
  });

  it("starts the year at Nowruz, 1 Farvardin", () => {
    expect(formatJalali(new Date("2021-03-21T12:00:00Z"), "en")).toBe("Sunday 1 Farvardin 1400");
    expect(formatJalali(new Date("2021-03-21T12:00:00Z"), "fa")).toBe("یکشنبه ۱ فروردین ۱۴۰۰");
  });

  it("takes the day from Tehran's clock, not UTC's", () => {
    // 21:00 UTC on 20 March 2021 is already 00:30 on Nowruz in Tehran.
    const lateEvening = new Date("2021-03-20T21:00:00Z");
    expect(formatJalali(lateEvening, "en", { time: true })).toBe("Sunday 1 Farvardin 1400, at 00:30");
    expect(formatJalali(lateEvening, "en", { timeZone: "UTC" })).toBe("Saturday 30 Esfand 1399");
  });
});

describe("formatGregorian", () => {
  it("shows the Gregorian date in either language", () => {
    expect(formatGregorian(SAMPLE, "en")).toBe("Saturday 16 November 2019");
    expect(formatGregorian(SAMPLE, "fa")).toBe("شنبه ۱۶ نوامبر ۲۰۱۹");
  });
});

describe("formatDateBoth", () => {
  it("puts the Gregorian date beside the Jalali one", () => {
    expect(formatDateBoth(SAMPLE, "fa")).toBe("شنبه ۲۵ آبان ۱۳۹۸ (۱۶ نوامبر ۲۰۱۹)");
    expect(formatDateBoth(SAMPLE, "en")).toBe("Saturday 25 Aban 1398 (16 November 2019)");
  });

  it("keeps the time with the Jalali date only", () => {
    expect(formatDateBoth(SAMPLE, "fa", { time: true })).toBe("شنبه ۲۵ آبان ۱۳۹۸، ساعت ۱۸:۰۰ (۱۶ نوامبر ۲۰۱۹)");
    expect(formatDateBoth(SAMPLE, "en", { time: true })).toBe("Saturday 25 Aban 1398, at 18:00 (16 November 2019)");
  });

  it("shows a leap year's last day and the Nowruz after it in both calendars", () => {
    expect(formatDateBoth(new Date("2021-03-20T12:00:00Z"), "en")).toBe("Saturday 30 Esfand 1399 (20 March 2021)");
    expect(formatDateBoth(new Date("2021-03-21T12:00:00Z"), "fa")).toBe("یکشنبه ۱ فروردین ۱۴۰۰ (۲۱ مارس ۲۰۲۱)");
  });
});
