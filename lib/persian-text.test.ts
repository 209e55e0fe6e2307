import { describe, expect, it } from "vitest";
import { cleanText, comparisonKey, duplicateIndexes } from "./persian-text";

describe("Persian text", () => {
  it("stores Persian letters, single spaces, no outer spaces, and keeps ZWNJs", () => {
    expect(cleanText("  كودكان   و نوجوانان ")).toBe("کودکان و نوجوانان");
    expect(cleanText("امور فرهنگي")).toBe("امور فرهنگی");
    expect(cleanText("آسیب‌های اجتماعی")).toBe("آسیب‌های اجتماعی");
    expect(cleanText("آسیب\u200c\u200cها \u200cی  \u200c")).toBe("آسیب\u200cها ی");
    expect(cleanText(" \u200c ")).toBe("");
  });

  it("treats Arabic and Persian letters, ZWNJ and spaces, and letter case as the same", () => {
    expect(comparisonKey("آسیب‌های اجتماعی")).toBe(comparisonKey("آسيب هاي  اجتماعي"));
    expect(comparisonKey("Culture")).toBe(comparisonKey(" culture "));
    expect(comparisonKey("کودکان")).not.toBe(comparisonKey("نوجوانان"));
  });

  it("finds the later copies of a duplicate", () => {
    expect(duplicateIndexes(["امور فرهنگی", "کودکان", "امور  فرهنگي", "کودکان"])).toEqual([2, 3]);
    expect(duplicateIndexes(["a", "b"])).toEqual([]);
  });
});
