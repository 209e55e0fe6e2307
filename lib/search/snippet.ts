// The part of an entry's text a result shows, with the words the query
// matched marked: found by the same normaliser and stemmer as the index, so
// «بیمه ای» in the query marks «بیمه‌ای» in the text.
import { compoundParts, eachSearchToken, type SearchToken } from "./normalise-persian";
import { stemCandidates } from "./stem-persian";
import type { QueryWords } from "./search-terms";

export interface SnippetPart {
  text: string;
  match: boolean;
}

const CONTEXT = 80;

function matches(term: string, query: QueryWords): boolean {
  const stems = stemCandidates(term);
  if (query.prefix !== null && stems.some((stem) => stem.startsWith(query.prefix ?? ""))) return true;
  return query.words.some((alternatives) => alternatives.some((wanted) => stems.includes(wanted)));
}

/** At most about 2×CONTEXT characters around the first match (the start when none). */
export function snippetOf(body: string, query: QueryWords): SnippetPart[] {
  // A text repeats its words: each is stemmed and compared once.
  const seen = new Map<string, boolean>();
  const found = (term: string): boolean => {
    let match = seen.get(term);
    if (match === undefined) {
      match = matches(term, query);
      seen.set(term, match);
    }
    return match;
  };
  const isHit = (token: SearchToken): boolean => found(token.term) || compoundParts(body, token).some(found);
  // The words are read up to the first match, then to the end of what is shown, no further.
  const tokens = eachSearchToken(body);
  let first: SearchToken | undefined;
  while (!first) {
    const next = tokens.next();
    if (next.done) break;
    if (isHit(next.value)) first = next.value;
  }
  const start = first && first.start > CONTEXT ? body.lastIndexOf(" ", first.start - CONTEXT) + 1 : 0;
  const end = Math.min(body.length, Math.max(start + 2 * CONTEXT, (first?.end ?? 0) + CONTEXT));
  const cut = body.indexOf(" ", end);
  const stop = cut === -1 || end >= body.length ? body.length : cut;
  const hits: SearchToken[] = first ? [first] : [];
  for (let next = tokens.next(); first && !next.done && next.value.end <= stop; next = tokens.next()) {
    if (isHit(next.value)) hits.push(next.value);
  }
  const parts: SnippetPart[] = [];
  let at = start;
  for (const hit of hits) {
    if (hit.start < at) continue;
    if (hit.start > at) parts.push({ text: body.slice(at, hit.start), match: false });
    parts.push({ text: body.slice(hit.start, hit.end), match: true });
    at = hit.end;
  }
  if (stop > at) parts.push({ text: body.slice(at, stop), match: false });
  if (start > 0) parts.unshift({ text: "… ", match: false });
  if (stop < body.length) parts.push({ text: " …", match: false });
  return parts;
}
