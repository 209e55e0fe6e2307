// Cleaning and comparing what people type in Persian: Arabic yeh and kaf (from
// Arabic keyboards) become Persian, and runs of spaces collapse. Two texts that
// differ only in those, or in a zero-width non-joiner versus a space, are the same.

const ZWNJ = "\u200c";

/** The text to store: NFC, Persian letters, single spaces, trimmed; ZWNJs kept only between letters. */
export function cleanText(value: string): string {
  return value
    .normalize("NFC")
    .replace(/[\u064a\u0649]/g, "\u06cc")
    .replace(/\u0643/g, "\u06a9")
    .replace(/[\s\u00a0]+/g, " ")
    // A ZWNJ joins nothing next to a space, at either end, or beside another.
    .replace(/\u200c+/g, ZWNJ)
    .replace(/ ?\u200c ?/g, (match) => (match === ZWNJ ? ZWNJ : " "))
    .replace(/^\u200c|\u200c$/g, "")
    .trim();
}

/** The key under which two texts count as duplicates of each other. */
export function comparisonKey(value: string): string {
  return cleanText(value.replaceAll(ZWNJ, " ")).toLocaleLowerCase("en");
}

/** The indexes of items whose key an earlier item already has. */
export function duplicateIndexes(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  values.forEach((value, index) => {
    const key = comparisonKey(value);
    if (seen.has(key)) duplicates.push(index);
    else seen.add(key);
  });
  return duplicates;
}
