-- The search index's heads on SQLite (server/domain/search/sqlite-search-store.ts):
-- what a search reads of every entry that holds its words (its meeting, kind
-- and facets), keyed by the entry's id, in an index that covers them. An entry
-- row holds its body and terms too, about 4 kB of Persian text, so a row is
-- about a page and the same few columns read from the table cost a page each:
-- a common word matches half the entries (15,000 of 29,000 at 1,000 meetings).
-- The index holds about 80 bytes an entry, so its pages hold fifty.

-- CreateIndex
CREATE INDEX "SearchEntry_heads_idx" ON "SearchEntry"("id", "meetingId", "kind", "responsibleBody", "status", "categoryId", "speakers");
