-- The search index (server/domain/search): one row per searchable entry of a
-- meeting, its normalised, stemmed words (lib/search/normalise-persian.ts) as
-- a tsvector with a GIN index, and a trigram index for near matches when the
-- pg_trgm extension can be had (creating it needs the right to; without it
-- search finds exact words only). Not Prisma models: the search store reads
-- and writes them with SQL of its own. SearchIndexState records the build of
-- the index, so that a start finds it missing or out of date.
CREATE TABLE "SearchEntry" (
    "id" SERIAL NOT NULL,
    "meetingId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "versionNumber" INTEGER,
    "blockId" TEXT NOT NULL DEFAULT '',
    "threadId" TEXT,
    "section" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "terms" TEXT NOT NULL,
    "termsVector" tsvector GENERATED ALWAYS AS (array_to_tsvector(string_to_array("terms", ' '))) STORED,

    CONSTRAINT "SearchEntry_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "SearchEntry_meetingId_kind_idx" ON "SearchEntry"("meetingId", "kind");

CREATE INDEX "SearchEntry_termsVector_idx" ON "SearchEntry" USING GIN ("termsVector");

ALTER TABLE "SearchEntry" ADD CONSTRAINT "SearchEntry_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "SearchIndexState" (
    "id" INTEGER NOT NULL,
    "normaliser" TEXT NOT NULL,
    "builtAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchIndexState_pkey" PRIMARY KEY ("id")
);

-- pg_trgm, where this role may create it (in public, shared by every schema of
-- the database); the trigram index wherever the extension lives.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available (%): search finds exact words only', SQLERRM;
END $$;

DO $$
DECLARE
    trgm_schema TEXT;
BEGIN
    SELECT n.nspname INTO trgm_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm';
    IF trgm_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX "SearchEntry_terms_trgm_idx" ON "SearchEntry" USING GIN ("terms" %I.gin_trgm_ops)', trgm_schema);
    END IF;
END $$;
