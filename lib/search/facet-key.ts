// How the search's text filters compare names: a responsible body or a
// speaker as lib/search/normalise-persian.ts normalises it, without the spaces
// between its words (a ZWNJ, a space or none between the parts of a name are
// one), both where the index keeps it and where a query asks for it: so
// «سازمان بهزيستي» finds «سازمان بهزیستی», «حبیب الله» finds «حبیب‌الله».
import { normalisePersian } from "./normalise-persian";

/** A name as the filters compare it ("" when it holds no letter or digit). */
export function facetKey(text: string): string {
  return normalisePersian(text).replaceAll(" ", "");
}

/** The speakers of an entry as one text, "|asker|answerer|": a name asked for
 * is found within one of them and never across two ("" when there are none). */
export function speakersKey(names: readonly string[]): string {
  const keys = names.map(facetKey).filter((key) => key !== "");
  return keys.length === 0 ? "" : `|${keys.join("|")}|`;
}
