-- The search index's filters (server/domain/search): what an entry is about
-- besides its words. The responsible body and the speakers are kept as
-- lib/search/normalise-persian.ts normalises them (the speakers of a Q&A item
-- as "|asker|answerer|"), the status in the tracker's words
-- (lib/tracker-status.ts), the category by its id; "" where the entry has
-- none. The tsvector is generated from "terms" only: these need no change
-- there. The index's version is raised with them, so a start rebuilds it.

-- AlterTable
ALTER TABLE "SearchEntry" ADD COLUMN "responsibleBody" TEXT NOT NULL DEFAULT '';
ALTER TABLE "SearchEntry" ADD COLUMN "status" TEXT NOT NULL DEFAULT '';
ALTER TABLE "SearchEntry" ADD COLUMN "categoryId" TEXT NOT NULL DEFAULT '';
ALTER TABLE "SearchEntry" ADD COLUMN "speakers" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "SearchEntry_status_idx" ON "SearchEntry"("status");
CREATE INDEX "SearchEntry_categoryId_idx" ON "SearchEntry"("categoryId");
