// The words search indexes and asks for, from one normaliser and one stemmer:
// a text's index terms (every stem of every word), and a query's words (each
// with its stems, any of which may match). A query keeps at most MAX_WORDS
// words; common words (و، در، از …) are left out of it unless it has no other.
import { compoundParts, searchTokens } from "./normalise-persian";
import { stemCandidates } from "./stem-persian";
import { isStopWord } from "./stop-words";

export const MAX_WORDS = 12;
/** The characters read of a query; the rest of a longer one is left out. */
export const MAX_QUERY_CHARACTERS = 1_000;

/** What the index holds for a text: its words' stems, and those of the words
 * a compound is written of (compoundParts), one space apart. */
export function indexTerms(text: string): string {
  return searchTokens(text)
    .flatMap((token) => [token.term, ...compoundParts(text, token)].flatMap(stemCandidates))
    .join(" ");
}

export interface QueryWords {
  /** Each word of the query, as its stems: an entry matches when it holds one stem of every word. */
  words: string[][];
  /** The last word as typed, when it may be the start of a longer one (the
   * person is typing): words that start with it match too. Its stems match
   * only whole, or «بیمه‌ای» would find every word that starts with «بیم». */
  prefix: string | null;
}

export type QueryProblem = "tooShort" | "onlyCommonWords";

/** The words to look for, or why there are none worth looking for. */
export function queryWords(query: string): QueryWords | { problem: QueryProblem } {
  const text = query.slice(0, MAX_QUERY_CHARACTERS);
  // A compound asks for the words it is written of: the index holds them for
  // the compound and for the same words written apart.
  const tokens = searchTokens(text).flatMap((token) => {
    const parts = compoundParts(text, token);
    return parts.length > 0 ? parts : [token.term];
  });
  const letters = tokens.join("").length;
  if (letters < 2) return { problem: "tooShort" };
  const meaningful = tokens.filter((term) => !isStopWord(term));
  if (meaningful.length === 0) return { problem: "onlyCommonWords" };
  const kept = [...new Set(meaningful)].slice(0, MAX_WORDS);
  const last = kept.at(-1) ?? "";
  // Still typing: the query ends inside its last word, and that word is long enough to be a start.
  const typing = /[\p{L}\p{N}]$/u.test(text) && last.length >= 2;
  return { words: kept.map((term) => stemCandidates(term)), prefix: typing ? last : null };
}
