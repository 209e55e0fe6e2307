-- A series' letterhead: organisation, unit and logo, printed on its reports.

-- AlterTable
ALTER TABLE "Series" ADD COLUMN "letterheadOrganisation" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Series" ADD COLUMN "letterheadUnit" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Series" ADD COLUMN "letterheadLogo" TEXT;

-- CreateTable
CREATE TABLE "LetterheadLogo" (
    "sha256" TEXT NOT NULL PRIMARY KEY,
    "mime" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
