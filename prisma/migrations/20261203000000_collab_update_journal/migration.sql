-- CreateTable
CREATE TABLE "CollabUpdateJournal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "docName" TEXT NOT NULL,
    "data" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CollabUpdateJournal_docName_fkey" FOREIGN KEY ("docName") REFERENCES "CollabDocument" ("name") ON DELETE CASCADE ON UPDATE CASCADE
);
