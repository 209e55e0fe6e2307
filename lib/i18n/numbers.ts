// Numbers as each language writes them (Persian digits in the Persian UI), and
// digits as people type them (Persian, Arabic-Indic or Latin) read back.
import type { Locale } from "./locales";

const formats = new Map<string, Intl.NumberFormat>();

/** "۱۴۰۵" (fa) or "1405" (en); `minDigits` pads with zeros ("۰۵"). */
export function formatInteger(value: number, locale: Locale, minDigits = 1): string {
  const cacheKey = `${locale}:${minDigits}`;
  let format = formats.get(cacheKey);
  if (!format) {
    format = new Intl.NumberFormat(locale === "fa" ? "fa-IR-u-nu-arabext" : "en-GB", {
      useGrouping: false,
      minimumIntegerDigits: minDigits,
      maximumFractionDigits: 0,
    });
    formats.set(cacheKey, format);
  }
  return format.format(value);
}

/** The whole number typed in `text` in any of the three digit sets, or NaN. */
export function parseInteger(text: string): number {
  const latin = text
    .trim()
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660));
  return /^\d{1,9}$/.test(latin) ? Number(latin) : Number.NaN;
}
