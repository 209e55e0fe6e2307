import { describe, expect, it } from "vitest";
import { formatInteger, parseInteger } from "./numbers";

describe("numbers in each language", () => {
  it("writes Persian digits in the Persian UI and pads on request", () => {
    expect(formatInteger(1405, "fa")).toBe("۱۴۰۵");
    expect(formatInteger(5, "fa", 2)).toBe("۰۵");
    expect(formatInteger(1405, "en")).toBe("1405");
    expect(formatInteger(7, "en", 2)).toBe("07");
  });

  it("reads Persian, Arabic-Indic and Latin digits, and nothing else", () => {
    expect(parseInteger("۱۳۹۸")).toBe(1398);
    expect(parseInteger("١٣٩٨")).toBe(1398);
    expect(parseInteger(" 1398 ")).toBe(1398);
    expect(parseInteger("")).toBeNaN();
    expect(parseInteger("13a8")).toBeNaN();
    expect(parseInteger("-5")).toBeNaN();
  });
});
