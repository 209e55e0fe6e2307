import { describe, expect, it } from "vitest";
import { diffSequences, diffWords, sideBySide, tokenizeWords } from "./word-diff";

const join = (segments: Array<{ text: string }>): string => segments.map((segment) => segment.text).join("");

describe("the word diff", () => {
  it("keeps a Persian word with a zero-width non-joiner whole, and splits at spaces and punctuation", () => {
    expect(tokenizeWords("گزارش‌ها می‌شود، Social Emergency.")).toEqual([
      "گزارش‌ها",
      " ",
      "می‌شود",
      "،",
      " ",
      "Social",
      " ",
      "Emergency",
      ".",
    ]);
  });

  it("marks one changed word in a Persian sentence and leaves the rest unchanged", () => {
    const segments = diffWords("پاسخ به بعد موکول شد.", "پاسخ در جلسه داده شد.");
    expect(segments).toEqual([
      { op: "equal", text: "پاسخ " },
      { op: "delete", text: "به بعد موکول" },
      { op: "insert", text: "در جلسه داده" },
      { op: "equal", text: " شد." },
    ]);
  });

  it("rebuilds both texts from its two sides", () => {
    const before = "ایجاد ساختاری مشترک میان حوزهٔ علمیه و سازمان بهزیستی (Behzisti) برای پیگیری";
    const after = "ایجاد دبیرخانه‌ای مشترک میان حوزه و دانشگاه و سازمان بهزیستی برای پیگیری مستمر";
    const { before: left, after: right } = sideBySide(diffWords(before, after));
    expect(join(left)).toBe(before);
    expect(join(right)).toBe(after);
  });

  it("reports nothing but equal text for identical texts, and only an insert from empty", () => {
    expect(diffWords("یک دو سه", "یک دو سه")).toEqual([{ op: "equal", text: "یک دو سه" }]);
    expect(diffWords("", "تازه")).toEqual([{ op: "insert", text: "تازه" }]);
    expect(diffWords("", "")).toEqual([]);
  });

  it("finds a shortest edit script between two sequences", () => {
    const edits = diffSequences(["a", "b", "c", "a", "b", "b", "a"], ["c", "b", "a", "b", "a", "c"]);
    expect(edits.filter((edit) => edit.op !== "equal")).toHaveLength(5);
    expect(edits.filter((edit) => edit.op !== "insert").map((edit) => edit.item).join("")).toBe("abcabba");
    expect(edits.filter((edit) => edit.op !== "delete").map((edit) => edit.item).join("")).toBe("cbabac");
  });

  it("agrees with a longest common subsequence on many random sequences", () => {
    let seed = 7;
    const random = (limit: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % limit;
    };
    const lcsLength = (a: string[], b: string[]): number => {
      const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
      for (let i = 1; i <= a.length; i += 1) {
        for (let j = 1; j <= b.length; j += 1) {
          const row = table[i] ?? [];
          row[j] = a[i - 1] === b[j - 1] ? (table[i - 1]?.[j - 1] ?? 0) + 1 : Math.max(table[i - 1]?.[j] ?? 0, row[j - 1] ?? 0);
        }
      }
      return table[a.length]?.[b.length] ?? 0;
    };
    for (let round = 0; round < 300; round += 1) {
      const a = Array.from({ length: random(12) }, () => "abcd"[random(4)] ?? "a");
      const b = Array.from({ length: random(12) }, () => "abcd"[random(4)] ?? "a");
      const edits = diffSequences(a, b);
      expect(edits.filter((edit) => edit.op !== "insert").map((edit) => edit.item)).toEqual(a);
      expect(edits.filter((edit) => edit.op !== "delete").map((edit) => edit.item)).toEqual(b);
      expect(edits.filter((edit) => edit.op === "equal")).toHaveLength(lcsLength(a, b));
    }
  });
});
