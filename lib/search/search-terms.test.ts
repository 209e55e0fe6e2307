// What a query asks the index for, and what a result's snippet marks.
import { describe, expect, it } from "vitest";
import { indexTerms, MAX_WORDS, queryWords } from "./search-terms";
import { snippetOf } from "./snippet";

describe("queryWords", () => {
  it("says why a query is not worth searching", () => {
    for (const q of ["", " ", "ب", `"*():^-`, "؟!،", "\u200c\u064e"]) expect(queryWords(q)).toEqual({ problem: "tooShort" });
    expect(queryWords("و در از")).toEqual({ problem: "onlyCommonWords" });
  });

  it("asks for each word as its stems, the last also as a prefix while it is being typed", () => {
    expect(queryWords("پوشش بیمه ای")).toEqual({ words: [["پوشش"], ["بیم", "بیمه"]], prefix: "بیمهای" });
    expect(queryWords("پوشش بیمه ای ")).toMatchObject({ prefix: null });
    expect(queryWords("گزارش و پیشنهادها")).toEqual({ words: [["گزارش"], ["پیشنهاد"]], prefix: "پیشنهادها" });
  });

  it("reads a few words of a very long query", () => {
    const words = queryWords(Array.from({ length: 5_000 }, (_, index) => `واژه${index}`).join(" "));
    expect("words" in words && words.words.length).toBe(MAX_WORDS);
  });
});

describe("snippetOf", () => {
  it("marks the words the query found, as they are written", () => {
    const body = "مهمان جلسه از گسترش پوشش بیمهٔ درمانی و پوشش بیمه‌ای زنان سرپرست خانوار خبر داد.";
    const query = queryWords("پوشش بيمه");
    if ("problem" in query) throw new Error("a query worth searching");
    expect(snippetOf(body, query).filter((part) => part.match).map((part) => part.text)).toEqual(["پوشش", "بیمهٔ", "پوشش", "بیمه‌ای"]);
    expect(snippetOf(body, query).map((part) => part.text).join("")).toBe(body);
  });

  it("shows the stretch around the first match of a long text", () => {
    const body = `${"متن پیشین ".repeat(60)}اورژانس اجتماعی ${"متن پسین ".repeat(60)}`;
    const query = queryWords("اورژانس");
    if ("problem" in query) throw new Error("a query worth searching");
    const text = snippetOf(body, query).map((part) => part.text).join("");
    expect(text).toContain("اورژانس");
    expect(text.length).toBeLessThan(260);
    expect(text.startsWith("… ")).toBe(true);
  });

  it("marks every match it shows, up to the end of the stretch, and reads no further", () => {
    const body = `اورژانس ${"متن ".repeat(20)}اورژانس ${"متن ".repeat(60)}اورژانس`;
    const query = queryWords("اورژانس");
    if ("problem" in query) throw new Error("a query worth searching");
    const parts = snippetOf(body, query);
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(["اورژانس", "اورژانس"]);
    expect(parts.at(-1)?.text).toBe(" …");
  });
});

describe("indexTerms", () => {
  it("indexes every stem of every word", () => {
    expect(indexTerms("بیمه‌ای برنامه‌های ۱۴۰۲")).toBe("بیم بیمه برنامه برنامهه 1402");
  });
});

describe("a compound written with a zero-width non-joiner, or apart", () => {
  /** Whether an entry of `text` answers `query` as the index does: one stem of every word among its terms. */
  const finds = (text: string, query: string): boolean => {
    const words = queryWords(query);
    if ("problem" in words) throw new Error("a query worth searching");
    const terms = new Set(indexTerms(text).split(" "));
    return words.words.every((stems) => stems.some((stem) => terms.has(stem)));
  };

  it("finds the compound by its words written apart, and the words written apart by the compound", () => {
    for (const [text, query] of [
      ["گروه‌های آسیب‌پذیر", "آسيب پذير"],
      ["گروه‌های آسیب پذیر", "آسیب‌پذیر"],
      ["سازمان‌های مردم‌نهاد", "مردم نهاد"],
      ["آسیب‌پذیرترین گروه‌ها", "آسیب پذیر"],
    ]) {
      expect(finds(text ?? "", query ?? ""), `«${query}» in «${text}»`).toBe(true);
    }
    expect(finds("آسیب‌های اجتماعی", "پذیر")).toBe(false);
  });

  it("keeps a word whose only joins are its affixes one word", () => {
    expect(queryWords("کتاب‌ها")).toMatchObject({ words: [["کتاب"]] });
    expect(queryWords("می‌نویسد")).toEqual(queryWords("مینویسد"));
    expect(queryWords("آسیب‌پذیر")).toMatchObject({ words: [["اسیب"], ["پذیر"]] });
  });

  it("marks the compound in a snippet found by its words written apart", () => {
    const query = queryWords("آسیب پذیر");
    if ("problem" in query) throw new Error("a query worth searching");
    expect(snippetOf("حمایت از گروه‌های آسیب‌پذیر", query).filter((part) => part.match).map((part) => part.text)).toEqual(["آسیب‌پذیر"]);
  });
});
