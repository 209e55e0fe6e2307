// The direction a piece of text reads in, from its first letter with a strong
// direction (what dir="auto" does in HTML), for outputs that have no "auto".

// A letter of a right-to-left script: Hebrew, Arabic (Persian), Syriac, Thaana,
// N'Ko… and the Arabic presentation forms. Digits and punctuation are not letters.
const RTL_LETTER = /(?=\p{L})[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
const LETTER = /\p{L}/u;

export function textDirection(text: string): "rtl" | "ltr" | null {
  for (const char of text) {
    if (RTL_LETTER.test(char)) return "rtl";
    if (LETTER.test(char)) return "ltr";
  }
  return null;
}

/** Whether the text holds any letter of a right-to-left script. */
export function hasRtlLetters(text: string): boolean {
  return RTL_LETTER.test(text);
}
