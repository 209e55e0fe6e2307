-- A version has at most one live link. "liveVersionId" holds the version's id
-- while the link is the version's live one (null once revoked), and a unique
-- index refuses a second: two publishes of one version at once make one link.
-- Links made before may hold several live links of one version; they all stay
-- live (their readers hold them), and the newest is the version's live link.

-- AlterTable
ALTER TABLE "Publication" ADD COLUMN "liveVersionId" TEXT;

UPDATE "Publication" SET "liveVersionId" = "versionId"
WHERE "revokedAt" IS NULL
  AND "id" = (
    SELECT "newest"."id" FROM "Publication" AS "newest"
    WHERE "newest"."versionId" = "Publication"."versionId" AND "newest"."revokedAt" IS NULL
    ORDER BY "newest"."publishedAt" DESC, "newest"."id" DESC
    LIMIT 1
  );

-- CreateIndex
CREATE UNIQUE INDEX "Publication_liveVersionId_key" ON "Publication"("liveVersionId");
