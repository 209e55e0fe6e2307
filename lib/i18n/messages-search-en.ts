// English UI strings of search. Part of the English catalogue.
import type { searchFa } from "./messages-search-fa";

export const searchEn: Record<keyof typeof searchFa, string> = {
  "search.tooShort": "Type at least two letters.",
  "search.onlyCommonWords": "These words are everywhere; type a more particular word.",
  "search.badDate": "A date must be a Gregorian year-month-day.",
};
