-- The search index (server/domain/search): one row per searchable entry of a
-- meeting, and an FTS5 index of its normalised, stemmed words
-- (lib/search/normalise-persian.ts). Not Prisma models: the search store reads
-- and writes them with SQL of its own. SearchIndexState records the build of
-- the index, so that a start finds it missing or out of date.
CREATE TABLE "SearchEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meetingId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "versionNumber" INTEGER,
    "blockId" TEXT NOT NULL DEFAULT '',
    "threadId" TEXT,
    "section" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "terms" TEXT NOT NULL,
    CONSTRAINT "SearchEntry_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE INDEX "SearchEntry_meetingId_kind_idx" ON "SearchEntry"("meetingId", "kind");

CREATE VIRTUAL TABLE "SearchEntryTerms" USING fts5(
    "terms",
    content = 'SearchEntry',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER "SearchEntry_insert" AFTER INSERT ON "SearchEntry" BEGIN
    INSERT INTO "SearchEntryTerms" (rowid, "terms") VALUES (new."id", new."terms");
END;

CREATE TRIGGER "SearchEntry_delete" AFTER DELETE ON "SearchEntry" BEGIN
    INSERT INTO "SearchEntryTerms" ("SearchEntryTerms", rowid, "terms") VALUES ('delete', old."id", old."terms");
END;

CREATE TABLE "SearchIndexState" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "normaliser" TEXT NOT NULL,
    "builtAt" DATETIME NOT NULL
);
