-- CreateTable
CREATE TABLE "CollabUpdateJournal" (
    "id" SERIAL NOT NULL,
    "docName" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CollabUpdateJournal_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "CollabUpdateJournal" ADD CONSTRAINT "CollabUpdateJournal_docName_fkey" FOREIGN KEY ("docName") REFERENCES "CollabDocument"("name") ON DELETE CASCADE ON UPDATE CASCADE;
