// Brings the index up to date for one meeting (every entry of it written
// again), or for every meeting (the rebuild: `npm run admin -- reindex`, and
// at start when the index is missing or was built by another normaliser).
import { withoutControlCharacters } from "@/lib/control-characters";
import { facetKey, speakersKey } from "@/lib/search/facet-key";
import { indexTerms } from "@/lib/search/search-terms";
import type { Db } from "@/server/db/client";
import type { Tx } from "@/server/db/transaction";
import { meetingEntries } from "./meeting-entries";
import { SEARCH_INDEX_VERSION, type SearchFacets } from "./search-entry";
import { searchStoreFor, type IndexedEntry, type SearchStore } from "./search-store";

/** The facets as the index's columns keep them (lib/search/facet-key.ts), "" for none. */
const facetColumns = (facets: SearchFacets = {}): Pick<IndexedEntry, "responsibleBody" | "status" | "categoryId" | "speakers"> => ({
  responsibleBody: facetKey(withoutControlCharacters(facets.responsibleBody ?? "")),
  status: facets.status ?? "",
  categoryId: facets.categoryId ?? "",
  speakers: speakersKey((facets.speakers ?? []).map(withoutControlCharacters)),
});

async function indexedEntries(db: Tx, meetingId: string): Promise<IndexedEntry[]> {
  const entries = (await meetingEntries(db, meetingId)) ?? [];
  // Without control characters: PostgreSQL refuses U+0000 in text, and nobody searches for them.
  return entries
    .map(({ facets, ...entry }) => ({
      ...entry,
      ...facetColumns(facets),
      section: withoutControlCharacters(entry.section),
      body: withoutControlCharacters(entry.body),
    }))
    .map((entry) => ({ ...entry, terms: indexTerms(entry.body) }))
    .filter((entry) => entry.terms !== "");
}

/** What a lock or a reopen changes: the minutes' state and the latest version. */
async function minutesStamp(db: Tx, meetingId: string): Promise<string> {
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: { minutesStatus: true } });
  const latest = await db.minutesVersion.aggregate({ where: { meetingId }, _max: { number: true } });
  return `${meeting?.minutesStatus ?? "gone"} ${latest._max.number ?? 0}`;
}

/** Within the caller's transaction (the lock's, for one). */
export async function indexMeetingIn(tx: Tx, store: SearchStore, meetingId: string): Promise<void> {
  await store.replaceMeeting(tx, meetingId, await indexedEntries(tx, meetingId));
}

/** The meeting's entries are read before the transaction, so that the write
 * lock (which the collaboration server's saves wait for on SQLite) is held
 * only to write them; read again inside when a lock or reopen came between. */
export async function indexMeeting(db: Db, meetingId: string): Promise<void> {
  const store = searchStoreFor(db);
  const stamp = await minutesStamp(db, meetingId);
  const entries = await indexedEntries(db, meetingId);
  await db.$transaction(async (tx) => {
    const current = (await minutesStamp(tx, meetingId)) === stamp ? entries : await indexedEntries(tx, meetingId);
    await store.replaceMeeting(tx, meetingId, current);
  });
}

/** Writes the whole index again, a meeting per transaction; returns how many meetings. */
export async function reindexAll(db: Db): Promise<number> {
  const store = searchStoreFor(db);
  // Until the last meeting is in, the index counts as missing: a start after a crash rebuilds.
  await db.$transaction((tx) => store.clear(tx));
  const meetings = await db.meeting.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } });
  for (const { id } of meetings) await indexMeeting(db, id);
  await db.$transaction((tx) => store.markBuilt(tx, SEARCH_INDEX_VERSION));
  return meetings.length;
}

/** Rebuilds the index when it is missing or out of date; the meetings indexed, or null when it was current. */
export async function ensureSearchIndex(db: Db): Promise<number | null> {
  if ((await searchStoreFor(db).builtVersion(db)) === SEARCH_INDEX_VERSION) return null;
  return reindexAll(db);
}
