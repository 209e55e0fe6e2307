-- A new meeting's comments are for its commenters: viewers read them only
-- once the organizer allows it. Existing meetings keep their setting.

-- AlterTable
ALTER TABLE "Meeting" ALTER COLUMN "viewersSeeComments" SET DEFAULT false;
