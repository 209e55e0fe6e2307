// The part of an entry's text a result shows, with the words the query
// matched marked: found by the same normaliser and stemmer as the index, so
// «بیمه ای» in the query marks «بیمه‌ای» in the text.
import { compoundParts, searchTokens } from "./normalise-persian";
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
  const hits = searchTokens(body).filter((token) => [token.term, ...compoundParts(body, token)].some((term) => matches(term, query)));
  const first = hits[0];
  const start = first && first.start > CONTEXT ? body.lastIndexOf(" ", first.start - CONTEXT) + 1 : 0;
  const end = Math.min(body.length, Math.max(start + 2 * CONTEXT, (first?.end ?? 0) + CONTEXT));
  const cut = body.indexOf(" ", end);
  const stop = cut === -1 || end >= body.length ? body.length : cut;
  const parts: SnippetPart[] = [];
  let at = start;
  for (const hit of hits) {
    if (hit.start < at || hit.end > stop) continue;
    if (hit.start > at) parts.push({ text: body.slice(at, hit.start), match: false });
    parts.push({ text: body.slice(hit.start, hit.end), match: true });
    at = hit.end;
  }
  if (stop > at) parts.push({ text: body.slice(at, stop), match: false });
  if (start > 0) parts.unshift({ text: "… ", match: false });
  if (stop < body.length) parts.push({ text: " …", match: false });
  return parts;
}
