// The variant table: pairs a reader means as one text normalise equal; pairs
// that differ in a real letter (or a negation) stay different.
import { digitsArToEn, digitsFaToEn, toPersianChars } from "@persian-tools/persian-tools";
import { describe, expect, it } from "vitest";
import { normalisePersian, searchTokens } from "./normalise-persian";

const ZWNJ = "\u200c";

const SAME: ReadonlyArray<readonly [string, string]> = [
  // ي / ى / ی
  ["علي", "علی"],
  ["مصطفى", "مصطفی"],
  ["بهزيستي", "بهزیستی"],
  ["پيشنهاد", "پیشنهاد"],
  ["ييلاق", "ییلاق"],
  // ك / ک
  ["كودك", "کودک"],
  ["كميسيون", "کمیسیون"],
  ["كمك", "کمک"],
  ["ڪار", "کار"],
  // ۀ / هٔ / ة / ه
  ["حوزۀ علمیه", "حوزهٔ علمیه"],
  ["حوزۀ", "حوزه"],
  ["شمارهٔ ۱۲۳", "شماره 123"],
  ["مدرسة", "مدرسه"],
  ["فاطمة", "فاطمه"],
  ["دبیرخانۀ دفتر", "دبیرخانه دفتر"],
  // ZWNJ, space and nothing between a word and its prefix or suffix
  ["می‌نویسد", "می نویسد"],
  ["می‌نویسد", "مینویسد"],
  ["نمی‌تواند", "نمی تواند"],
  ["نمی‌تواند", "نمیتواند"],
  ["می‌تواند", "میتواند"],
  ["گروه‌ها", "گروه ها"],
  ["گروه‌ها", "گروهها"],
  ["برنامه‌های", "برنامه های"],
  ["برنامه‌های", "برنامههای"],
  ["آسیب‌های", "آسیب های"],
  ["بیمه‌ای", "بیمه ای"],
  ["بیمه‌ای", "بیمهای"],
  ["بیشتر", "بیش تر"],
  ["بزرگ‌ترین", "بزرگ ترین"],
  ["بزرگ‌ترین", "بزرگترین"],
  ["هم‌افزایی", "همافزایی"],
  ["ذی‌ربط", "ذیربط"],
  ["آن‌ها", "آنها"],
  [`کتاب${ZWNJ}${ZWNJ}ها`, "کتابها"],
  // diacritics, tanwin, shadda, sukun, superscript alef, hamza above, tatweel
  ["مُحَمَّد", "محمد"],
  ["اَحمَد", "احمد"],
  ["حتماً", "حتما"],
  ["تقریباً", "تقریبا"],
  ["مُسْلِم", "مسلم"],
  ["رحمٰن", "رحمن"],
  ["مسئله", "مسيله"],
  ["مسؤول", "مسوول"],
  ["تأکید", "تاکید"],
  ["إسلام", "اسلام"],
  ["آسیب", "اسیب"],
  ["بهـــزیستی", "بهزیستی"],
  ["جلســه", "جلسه"],
  // digits
  ["۱۴۰۲", "1402"],
  ["١٤٠٢", "1402"],
  ["۱۴۰۲", "١٤٠٢"],
  ["سال ۹۸", "سال 98"],
  ["۱۲۳", "١٢٣"],
  // Latin case, presentation forms, direction marks, punctuation
  ["Social Emergency", "social emergency"],
  ["KATEB", "kateb"],
  ["ﻛﺘﺎب", "کتاب"],
  ["\u200fجلسه\u200e", "جلسه"],
  ["اورژانس اجتماعی (۱۲۳)", "اورژانس اجتماعی ۱۲۳"],
  ["«بیمه»", "بیمه"],
  ["جلسه، گزارش؛ پیشنهاد!", "جلسه گزارش پیشنهاد"],
  ["  چند   فاصله  ", "چند فاصله"],
  ["سؤال؟", "سوال"],
  ["ـ پوشش بیمه ـ", "پوشش بیمه"],
];

const DIFFERENT: ReadonlyArray<readonly [string, string]> = [
  ["بیمه", "بیم"],
  ["کودک", "کودکان"],
  ["میز", "مینویسد"],
  ["می‌نویسد", "نمی‌نویسد"],
  ["تواند", "نتواند"],
  ["کار", "کاز"],
  ["شیر", "سیر"],
  ["پول", "بول"],
  ["گرم", "کرم"],
  ["چای", "جای"],
  ["ژاله", "زاله"],
  ["حال", "هال"],
  ["ثابت", "سابت"],
  ["طلا", "تلا"],
  ["عالم", "آلم"],
  ["۱۴۰۲", "۱۴۰۳"],
  ["1402", "14020"],
  ["بهزیستی", "بهزیستی کشور"],
  ["قم", "قمر"],
  ["kateb", "katib"],
  ["مسئول", "مسئوله"],
  ["زنان", "زبان"],
];

describe("normalisePersian", () => {
  it("has a table of at least 60 variant pairs and 20 different pairs", () => {
    expect(SAME.length).toBeGreaterThanOrEqual(60);
    expect(DIFFERENT.length).toBeGreaterThanOrEqual(20);
  });

  it.each(SAME)("«%s» and «%s» are one text", (a, b) => {
    expect(normalisePersian(a)).toBe(normalisePersian(b));
    expect(normalisePersian(a)).not.toBe("");
  });

  it.each(DIFFERENT)("«%s» and «%s» stay different", (a, b) => {
    expect(normalisePersian(a)).not.toBe(normalisePersian(b));
  });

  it("keeps where each word is in the original text", () => {
    const text = "پوشش بیمه‌ای کودکان";
    const tokens = searchTokens(text);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(["پوشش", "بیمه‌ای", "کودکان"]);
    const apart = "می نویسد";
    expect(searchTokens(apart).map((token) => apart.slice(token.start, token.end))).toEqual(["می نویسد"]);
  });

  it("leaves nothing of punctuation, marks or FTS syntax alone", () => {
    expect(normalisePersian(`"*():^-،؛؟!`)).toBe("");
    expect(normalisePersian("\u200c\u064e\u0640")).toBe("");
  });

  it("keeps a number apart from a suffix-like word", () => {
    expect(normalisePersian("۱۲۳ ها")).toBe("123 ها");
  });

  // What we take from @persian-tools/persian-tools, checked against the table's rows it covers.
  it("uses the library only where it unifies as the table says", () => {
    expect(toPersianChars("علي كودك مصطفى")).toBe("علی کودک مصطفی");
    expect(digitsFaToEn(digitsArToEn("۱۴۰۲ ١٤٠٢"))).toBe("1402 1402");
    // What it lacks: ة, ۀ, diacritics, tatweel and ZWNJ are left as they are.
    expect(toPersianChars("مدرسة حوزۀ")).toBe("مدرسة حوزۀ");
    expect(toPersianChars("مُحَمَّد")).toBe("مُحَمَّد");
    expect(toPersianChars("بهـــزیستی")).toBe("بهـــزیستی");
  });
});
