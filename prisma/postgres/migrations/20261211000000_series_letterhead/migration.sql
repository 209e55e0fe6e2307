-- A series' letterhead: organisation, unit and logo, printed on its reports.

-- AlterTable
ALTER TABLE "Series" ADD COLUMN "letterheadOrganisation" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Series" ADD COLUMN "letterheadUnit" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Series" ADD COLUMN "letterheadLogo" TEXT;

-- CreateTable
CREATE TABLE "LetterheadLogo" (
    "sha256" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LetterheadLogo_pkey" PRIMARY KEY ("sha256")
);
