// A session's ordinal in Persian words ("دهم", "بیست و یکم"), for the report's
// header ("جلسهٔ دهم"), from @persian-tools/persian-tools (numberToWords with
// ordinal). Two of its answers are mended here (persian-ordinal.test.ts):
// - 30 (and 130, 1030…) come as "سی اُم", with a space and a damma; written
//   Persian joins the suffix with a zero-width non-joiner: "سی‌ام".
// - 1000 (and 1001…) come as "یک هزارم", which reads as "one thousandth";
//   the ordinal is "هزارم" ("هزار و یکم").
import { numberToWords } from "@persian-tools/persian-tools";

const ZWNJ = "\u200c";

/** The ordinal of a positive whole number in Persian words; digits for anything else. */
export function persianOrdinal(value: number): string {
  if (!Number.isSafeInteger(value) || value < 1) return String(value);
  const words = numberToWords(value, { ordinal: true });
  if (typeof words !== "string" || !words.trim()) return String(value);
  return words
    .trim()
    .replace(/سی\s*اُم$/, `سی${ZWNJ}ام`)
    .replace(/^یک هزار/, "هزار");
}
