-- A new meeting's comments are for its commenters: viewers read them only
-- once the organizer allows it. Existing meetings keep their setting.
-- SQLite cannot change a column's default: the table is rebuilt, every row copied.

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Meeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seriesId" TEXT,
    "title" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "place" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "minutesStatus" TEXT NOT NULL DEFAULT 'open',
    "viewersSeeComments" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Meeting_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Meeting" ("createdAt", "id", "minutesStatus", "place", "seriesId", "startsAt", "title", "viewersSeeComments") SELECT "createdAt", "id", "minutesStatus", "place", "seriesId", "startsAt", "title", "viewersSeeComments" FROM "Meeting";
DROP TABLE "Meeting";
ALTER TABLE "new_Meeting" RENAME TO "Meeting";
CREATE INDEX "Meeting_seriesId_idx" ON "Meeting"("seriesId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
