-- The search index's tsvector kept in its row (server/domain/search): a
-- search ranks every entry that holds its words (ts_rank reads each one's
-- vector), and with the default storage the vectors of long entries went to
-- the TOAST table, a lookup of their own for each match. MAIN keeps them in
-- the row, uncompressed unless the row would not fit otherwise; the body and
-- the terms, read for a page of results only, are what moves out instead.
-- The entries already there are written again to take the new storage (the
-- vector is generated from "terms").

-- AlterTable
ALTER TABLE "SearchEntry" ALTER COLUMN "termsVector" SET STORAGE MAIN;

UPDATE "SearchEntry" SET "terms" = "terms";
