// One searchable entry of a meeting as the index keeps it: what it is, where
// it is (a version's or the live minutes' block, a comment thread), the
// section it is in, its text, and that text's index terms.
import type { SearchKind } from "@/lib/search/search-kinds";

export interface SearchEntryInput {
  kind: SearchKind;
  /** The locked version it is in; null for the live minutes and for what is not minutes. */
  versionNumber: number | null;
  /** The block of the minutes it is (a section's, a Q&A item's…), "" for none. */
  blockId: string;
  threadId: string | null;
  /** The title of the section it is in, or the words a comment is on. */
  section: string;
  body: string;
}

/** The version of the index's words: a change to the normaliser or the
 * stemmer that changes what is indexed raises it, and the next start rebuilds. */
export const SEARCH_INDEX_VERSION = "2";
