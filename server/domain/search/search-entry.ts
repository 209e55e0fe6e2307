// One searchable entry of a meeting as the index keeps it: what it is, where
// it is (a version's or the live minutes' block, a comment thread), the
// section it is in, its text, and that text's index terms.
import type { SearchKind } from "@/lib/search/search-kinds";
import type { TrackerStatus } from "@/lib/tracker-status";

/** What an entry is about besides its words, for the search's filters; each
 * only where the entry has it (lib/validation/search.ts names the filters). */
export interface SearchFacets {
  /** The responsible body's name (follow-ups, resolutions, tracked items). */
  responsibleBody?: string;
  /** In the tracker's words (follow-ups and resolutions as the minutes hold it, tracked items). */
  status?: TrackerStatus;
  /** The proposal category's id (proposals, tracked proposals). */
  categoryId?: string;
  /** Who asked and who answered (Q&A items). */
  speakers?: readonly string[];
}

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
  facets?: SearchFacets;
}

/** The version of the index's words: a change to the normaliser or the
 * stemmer, or to what an entry holds (3: the filters' facets), that changes
 * what is indexed raises it, and the next start rebuilds. */
export const SEARCH_INDEX_VERSION = "3";
