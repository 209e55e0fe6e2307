// The PostgreSQL store's tsquery: the query that finds entries leaves out the
// stems its prefix already covers; the one that ranks them keeps every term.
import { describe, expect, it } from "vitest";
import { tsQuery } from "./postgres-search-store";

describe("tsQuery", () => {
  it("finds with a word's stems and its prefix, and drops only the stems the prefix covers", () => {
    const words = { words: [["منابع"], ["اسیب", "اسیبه"]], prefix: "اسیب" };
    expect(tsQuery(words)).toBe("('منابع') & ('اسیب' | 'اسیبه' | 'اسیب':*)");
    expect(tsQuery(words, true)).toBe("('منابع') & ('اسیب':*)");
    const longer = { words: [["اسیب", "اسیبه"]], prefix: "اسیبهای" };
    expect(tsQuery(longer, true)).toBe(tsQuery(longer));
  });

  it("is the same query for both when no word is a prefix", () => {
    const words = { words: [["پیش"], ["بینی"]], prefix: null };
    expect(tsQuery(words, true)).toBe("('پیش') & ('بینی')");
    expect(tsQuery(words)).toBe(tsQuery(words, true));
  });
});
