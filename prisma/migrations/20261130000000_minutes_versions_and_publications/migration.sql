-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN "minutesStatus" TEXT NOT NULL DEFAULT 'open';

-- CreateTable
CREATE TABLE "MinutesVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "yjsState" BLOB NOT NULL,
    "content" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "meetingDetails" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "lockedById" TEXT NOT NULL,
    "lockedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MinutesVersion_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MinutesVersion_lockedById_fkey" FOREIGN KEY ("lockedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Publication" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "token" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "indexable" BOOLEAN NOT NULL DEFAULT false,
    "publishedById" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    CONSTRAINT "Publication_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Publication_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "MinutesVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Publication_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "MinutesVersion_lockedById_idx" ON "MinutesVersion"("lockedById");

-- CreateIndex
CREATE UNIQUE INDEX "MinutesVersion_meetingId_number_key" ON "MinutesVersion"("meetingId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Publication_token_key" ON "Publication"("token");

-- CreateIndex
CREATE INDEX "Publication_meetingId_idx" ON "Publication"("meetingId");

-- CreateIndex
CREATE INDEX "Publication_versionId_idx" ON "Publication"("versionId");

-- CreateIndex
CREATE INDEX "Publication_publishedById_idx" ON "Publication"("publishedById");
