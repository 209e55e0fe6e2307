// What search compares: a text reduced to the words a Persian reader means,
// the same for the index and for a query. Arabic and Persian letter forms are
// one (ي ى ئ → ی, ك → ک, ة ۀ هٔ → ه, أ إ آ → ا, ؤ → و), diacritics, tatweel and
// ZWNJ are dropped, Persian and Arabic-Indic digits are Latin ones, Latin is
// case-folded, and anything that is not a letter or a digit separates words.
// A verb's prefix (می، نمی) and a word's suffixes (ها، های، ای، ی، تر، ترین)
// written apart are joined to their word, so «می‌نویسد», «می نویسد» and
// «مینویسد» are one word. @persian-tools/persian-tools unifies ي ى ك and the
// digits (it passes those rows of the variant table); it has no answer for
// ة and ۀ, diacritics, hamza, tatweel, ZWNJ, presentation forms or affixes
// written apart, which are ours. Light stemming is a separate step (stemPersian).
import { digitsArToEn, digitsFaToEn, toPersianChars } from "@persian-tools/persian-tools";

export interface SearchToken {
  /** The normalised word. */
  term: string;
  /** Where it is in the original text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
}

/** Letters the library leaves as they are, and what they are to search. */
const LETTERS: Readonly<Record<string, string>> = {
  "\u064a": "\u06cc", // Arabic yeh ي: what ئ decomposes to, after the library's pass
  "\u06d2": "\u06cc", // yeh barree
  "\u0643": "\u06a9", // Arabic kaf ك
  "\u06aa": "\u06a9", // swash kaf ڪ
  "\u0629": "\u0647", // teh marbuta ة
  "\u06c0": "\u0647", // heh with yeh above ۀ (when not decomposed)
  "\u06d5": "\u0647", // ae ە (what ۀ decomposes to)
  "\u06be": "\u0647", // heh doachashmee ھ
  "\u06c1": "\u0647", // heh goal ہ
  "\u0671": "\u0627", // alef wasla ٱ
};

const MARK = /[\p{Mn}\p{Me}\p{Cf}\u0640]/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const PREFIXES = new Set(["می", "نمی"]);
const SUFFIXES = new Set(["ها", "های", "هایی", "ای", "ی", "تر", "ترین", "تری"]);

/** Code points already folded (a text repeats few of them; NFKD is dear): at most FOLDS_KEPT. */
const folds = new Map<string, string>();
const FOLDS_KEPT = 4096;

/** One code point as search sees it: "" when it is dropped, " " when it separates words. */
function foldCodePoint(codePoint: string): string {
  const known = folds.get(codePoint);
  if (known !== undefined) return known;
  const folded = foldUncached(codePoint);
  if (folds.size < FOLDS_KEPT) folds.set(codePoint, folded);
  return folded;
}

function foldUncached(codePoint: string): string {
  let out = "";
  for (const part of codePoint.normalize("NFKD")) {
    if (MARK.test(part)) continue;
    const letter = LETTERS[part] ?? part;
    out += WORD_CHARACTER.test(letter) ? letter.toLowerCase() : " ";
  }
  return out;
}

/** The words of `text` with where each is, before affixes written apart are joined; one by one. */
function* rawTokens(text: string): Generator<SearchToken> {
  // The library's maps are one code unit for one, so offsets stay those of `text`.
  const unified = digitsFaToEn(digitsArToEn(toPersianChars(text)));
  const source = unified.length === text.length ? unified : text;
  let current: SearchToken | null = null;
  let offset = 0;
  for (const codePoint of source) {
    const folded = foldCodePoint(codePoint);
    for (const character of folded) {
      if (character === " ") {
        if (current) yield current;
        current = null;
        continue;
      }
      current ??= { term: "", start: offset, end: offset };
      current.term += character;
    }
    offset += codePoint.length;
    if (current) current.end = offset;
  }
  if (current) yield current;
}

const isDigits = (term: string): boolean => /^[0-9]+$/.test(term);

/** searchTokens one by one, as far as they are read (a word is given once no affix can follow). */
export function* eachSearchToken(text: string): Generator<SearchToken> {
  // Only the last word may still take a suffix; those before it are done.
  const joined: SearchToken[] = [];
  let prefix: SearchToken | null = null;
  for (const token of rawTokens(text)) {
    const previous = joined.at(-1);
    if (prefix) {
      if (!isDigits(token.term)) {
        joined.push({ term: prefix.term + token.term, start: prefix.start, end: token.end });
        prefix = null;
        continue;
      }
      joined.push(prefix);
      prefix = null;
    }
    if (SUFFIXES.has(token.term) && previous && !isDigits(previous.term) && !PREFIXES.has(previous.term)) {
      previous.term += token.term;
      previous.end = token.end;
    } else if (PREFIXES.has(token.term)) {
      prefix = token;
    } else {
      joined.push({ ...token });
    }
    while (joined.length > 1) {
      const done = joined.shift();
      if (done) yield done;
    }
  }
  if (prefix) joined.push(prefix);
  yield* joined;
}

/** The words of `text`, normalised, with a prefix or suffix written apart joined to its word. */
export function searchTokens(text: string): SearchToken[] {
  return [...eachSearchToken(text)];
}

/** The text as search compares it: its normalised words, one space apart. */
export function normalisePersian(text: string): string {
  return searchTokens(text)
    .map((token) => token.term)
    .join(" ");
}

/** The words a compound is written of with zero-width non-joiners, each
 * normalised («آسیب‌پذیر» → آسیب، پذیر), so that one written apart
 * («آسیب پذیر») finds it and it finds one written apart; none for a word
 * whose only joins are its affixes («کتاب‌ها», «می‌نویسد»), which are one word. */
export function compoundParts(text: string, token: SearchToken): string[] {
  const written = text.slice(token.start, token.end);
  if (!written.includes("\u200c")) return [];
  const parts = written
    .split("\u200c")
    .map((part) => Array.from(rawTokens(part), (raw) => raw.term).join(""))
    .filter(Boolean);
  const words = parts.filter((part, index) => !(index === 0 && PREFIXES.has(part)) && !(index > 0 && SUFFIXES.has(part)));
  return words.length >= 2 && words.every((word) => word.length >= 2) ? words : [];
}
