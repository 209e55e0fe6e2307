// Light Persian stemming for search, applied after normalisePersian to the
// index and the query alike: the verb prefix می (its negation نمی is kept:
// «نمی‌نویسد» must not find «می‌نویسد»), the plural ها/های/هایی, the
// comparative تر/ترین/تری, ای after a silent ه, and an adjectival ی. A stem
// keeps at least three letters (four after می, and before a final ی), so short
// words («تنها», «دفتر», «میز», «میدان», «بازی») stay whole.
// With ZWNJ dropped, «بیمه‌ای» (بیمه + ای) and «کتاب‌های» (کتاب + های) end
// alike; which one a word is needs a dictionary, so such a word has two stems
// (بیمه and بیم, کتابه and کتاب): the index holds both and a query asks for
// either. What stemming gains and costs in recall and precision is measured
// over the sample meeting's text in stem-persian.test.ts.

const SUFFIXES = ["هایی", "ترین", "های", "ها", "تری", "تر"] as const;
const MIN_STEM = 3;
const MIN_STEM_AFTER_MI = 4;

function withoutVerbPrefix(term: string): string {
  return term.startsWith("می") && term.length - 2 >= MIN_STEM_AFTER_MI ? term.slice(2) : term;
}

function withoutSuffix(term: string): string {
  for (const suffix of SUFFIXES) {
    if (term.endsWith(suffix) && term.length - suffix.length >= MIN_STEM) return term.slice(0, -suffix.length);
  }
  if (term.endsWith("ی") && term.length - 1 >= MIN_STEM + 1) return term.slice(0, -1);
  return term;
}

/** The stems of one normalised word, the likelier first (digits and Latin words are their own stem). */
export function stemCandidates(term: string): string[] {
  if (!/[\u0600-\u06ff]/.test(term)) return [term];
  const verb = withoutVerbPrefix(term);
  const stems = [withoutSuffix(verb)];
  // «…هٔ» + ای reads as «…های»: the stem may end in ه.
  const silentHeh = /^(.{2,}ه)ای?$/.exec(verb);
  if (silentHeh?.[1] && verb.endsWith("ای")) stems.push(silentHeh[1]);
  if (verb.endsWith("هی") && verb.length - 1 >= MIN_STEM) stems.push(verb.slice(0, -1));
  return [...new Set(stems)];
}

/** The likelier stem of one normalised word. */
export function stemPersian(term: string): string {
  return stemCandidates(term)[0] ?? term;
}
