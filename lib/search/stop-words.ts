// Words too common to search by, as normalisePersian writes them: a query of
// only these finds nearly everything, so it is answered "only common words".
const STOP_WORDS = new Set([
  "و", "در", "به", "از", "که", "این", "ان", "با", "را", "برای", "تا", "یا", "است", "بود", "هم", "نیز",
  "اما", "اگر", "هر", "بر", "بی", "چه", "همه", "شد", "شده", "کرد", "کند", "باید", "ای", "ها", "های",
  "the", "a", "an", "of", "and", "or", "in", "on", "to", "is", "for",
]);

export function isStopWord(term: string): boolean {
  return STOP_WORDS.has(term);
}
