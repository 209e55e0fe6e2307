-- AlterTable
ALTER TABLE "CollabUpdate" ADD COLUMN "authorId" TEXT;
ALTER TABLE "CollabUpdateJournal" ADD COLUMN "authorId" TEXT;

-- CreateTable
CREATE TABLE "CollabAuthor" (
    "docName" TEXT NOT NULL,
    "clientId" BIGINT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("docName", "clientId"),
    CONSTRAINT "CollabAuthor_docName_fkey" FOREIGN KEY ("docName") REFERENCES "CollabDocument" ("name") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable
ALTER TABLE "TrackedItemEvent" ADD COLUMN "field" TEXT NOT NULL DEFAULT 'status';
ALTER TABLE "TrackedItemEvent" ADD COLUMN "fromValue" TEXT NOT NULL DEFAULT '';
ALTER TABLE "TrackedItemEvent" ADD COLUMN "toValue" TEXT NOT NULL DEFAULT '';
ALTER TABLE "TrackedItemEvent" ADD COLUMN "proposedById" TEXT REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
