-- Attendance (status, time left, role in the session) per attendee, and a
-- session number (unique within its series), letter number and letter day per meeting.

-- AlterTable
ALTER TABLE "Attendee" ADD COLUMN "attendance" TEXT;
ALTER TABLE "Attendee" ADD COLUMN "leftAt" TEXT;
ALTER TABLE "Attendee" ADD COLUMN "sessionRole" TEXT;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN "sessionNumber" INTEGER;
ALTER TABLE "Meeting" ADD COLUMN "letterNumber" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Meeting" ADD COLUMN "letterDate" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_seriesId_sessionNumber_key" ON "Meeting"("seriesId", "sessionNumber");
