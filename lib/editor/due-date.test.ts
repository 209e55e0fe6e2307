import { describe, expect, it } from "vitest";
import { dueInstant, jalaliDueText, parseIsoDay, parseJalaliDue, toLatinDigits } from "./due-date";

describe("parseJalaliDue", () => {
  it("turns a Jalali day into the Gregorian ISO day (25 Azar 1398 = 16 December 2019)", () => {
    expect(parseJalaliDue("1398/09/25")).toEqual({ ok: true, due: "2019-12-16" });
  });

  it("reads Persian and Arabic-Indic digits, one-digit months and other separators", () => {
    expect(parseJalaliDue("۱۳۹۸/۹/۲۵")).toEqual({ ok: true, due: "2019-12-16" });
    expect(parseJalaliDue("١٣٩٨-٠٩-٢٥")).toEqual({ ok: true, due: "2019-12-16" });
    expect(parseJalaliDue(" 1398 . 10 . 30 ")).toEqual({ ok: true, due: "2020-01-20" });
  });

  it("takes an empty field as no due date", () => {
    expect(parseJalaliDue("  ")).toEqual({ ok: true, due: null });
  });

  it("refuses 30 Esfand in a common year and accepts it in a leap year", () => {
    expect(parseJalaliDue("1402/12/30")).toEqual({ ok: false, problem: "notInCalendar" });
    expect(parseJalaliDue("1403/12/30")).toEqual({ ok: true, due: "2025-03-20" });
  });

  it("refuses months and days that no Jalali month has", () => {
    expect(parseJalaliDue("1403/13/01")).toEqual({ ok: false, problem: "notInCalendar" });
    expect(parseJalaliDue("1403/07/31")).toEqual({ ok: false, problem: "notInCalendar" });
    expect(parseJalaliDue("1403/01/00")).toEqual({ ok: false, problem: "notInCalendar" });
  });

  it("refuses text that is not year/month/day, and years out of range", () => {
    expect(parseJalaliDue("25 Azar")).toEqual({ ok: false, problem: "format" });
    expect(parseJalaliDue("25/09/1398")).toEqual({ ok: false, problem: "format" });
    expect(parseJalaliDue("2019/12/16")).toEqual({ ok: false, problem: "year" });
  });
});

describe("jalaliDueText", () => {
  it("shows a stored day in Jalali, with the reader's digits", () => {
    expect(jalaliDueText("2019-12-16", "en")).toBe("1398/09/25");
    expect(jalaliDueText("2019-12-16", "fa")).toBe("۱۳۹۸/۰۹/۲۵");
  });

  it("round-trips through parseJalaliDue", () => {
    for (const due of ["2020-01-20", "2025-03-20", "2024-03-19"]) {
      expect(parseJalaliDue(jalaliDueText(due, "fa"))).toEqual({ ok: true, due });
    }
  });

  it("shows nothing for a missing or malformed value", () => {
    expect(jalaliDueText(null, "fa")).toBe("");
    expect(jalaliDueText("2019-02-30", "en")).toBe("");
    expect(jalaliDueText("16/12/2019", "en")).toBe("");
  });
});

describe("parseIsoDay and dueInstant", () => {
  it("accept only real days", () => {
    expect(parseIsoDay("2019-12-16")).toEqual({ year: 2019, month: 12, day: 16 });
    expect(parseIsoDay("2019-13-01")).toBeNull();
    expect(parseIsoDay(20191216)).toBeNull();
  });

  it("gives noon UTC of the day", () => {
    expect(dueInstant("2019-12-16")?.toISOString()).toBe("2019-12-16T12:00:00.000Z");
    expect(dueInstant("")).toBeNull();
  });
});

describe("toLatinDigits", () => {
  it("leaves other text alone", () => {
    expect(toLatinDigits("۱۲۳ abc ٤٥")).toBe("123 abc 45");
  });
});
