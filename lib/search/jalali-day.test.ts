import { describe, expect, it } from "vitest";
import { isoDayToJalaliText, jalaliTextToIsoDay } from "./jalali-day";

describe("the search page's Jalali days", () => {
  it.each([
    ["۱۳۹۸/۰۷/۲۴", "2019-10-16"],
    ["1398-7-24", "2019-10-16"],
    ["1398-07-30", "2019-10-22"],
    ["١٣٩٨/٧/٢٤", "2019-10-16"],
    [" 1398/08/25 ", "2019-11-16"],
    ["1403/12/30", "2025-03-20"],
    ["2019-10-16", "2019-10-16"],
  ])("reads «%s» as %s", (text, day) => {
    expect(jalaliTextToIsoDay(text)).toBe(day);
  });

  it("takes empty text as no day, and refuses what is not a Jalali day", () => {
    expect(jalaliTextToIsoDay("  ")).toBeNull();
    for (const text of ["1398/13/01", "1402/12/30", "1398/07", "fardā", "0998/01/01", "1398/07/24/1"]) {
      expect(jalaliTextToIsoDay(text)).toBe("invalid");
    }
  });

  it("writes an ISO day back in Jalali, in the UI's digits", () => {
    expect(isoDayToJalaliText("2019-10-16", "fa")).toBe("۱۳۹۸/۰۷/۲۴");
    expect(isoDayToJalaliText("2019-10-16", "en")).toBe("1398/07/24");
    expect(jalaliTextToIsoDay(isoDayToJalaliText("2025-03-20", "fa"))).toBe("2025-03-20");
  });
});
