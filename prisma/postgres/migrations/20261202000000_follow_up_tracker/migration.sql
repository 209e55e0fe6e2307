-- CreateTable
CREATE TABLE "ResponsibleBody" (
    "id" TEXT NOT NULL,
    "seriesId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "contact" TEXT NOT NULL DEFAULT '',
    "mergedIntoId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResponsibleBody_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrackedItem" (
    "id" TEXT NOT NULL,
    "seriesId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "sourceBlockId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "categoryId" TEXT,
    "responsibleBodyId" TEXT,
    "due" TEXT,
    "status" TEXT NOT NULL DEFAULT 'routed',
    "withdrawnInVersion" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrackedItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrackedItemEvent" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "userId" TEXT,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "evidence" TEXT NOT NULL DEFAULT '',
    "evidenceLink" TEXT NOT NULL DEFAULT '',
    "versionNumber" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrackedItemEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ResponsibleBody_seriesId_key_key" ON "ResponsibleBody"("seriesId", "key");

-- CreateIndex
CREATE INDEX "ResponsibleBody_mergedIntoId_idx" ON "ResponsibleBody"("mergedIntoId");

-- CreateIndex
CREATE UNIQUE INDEX "TrackedItem_meetingId_sourceBlockId_key" ON "TrackedItem"("meetingId", "sourceBlockId");

-- CreateIndex
CREATE INDEX "TrackedItem_seriesId_idx" ON "TrackedItem"("seriesId");

-- CreateIndex
CREATE INDEX "TrackedItem_responsibleBodyId_idx" ON "TrackedItem"("responsibleBodyId");

-- CreateIndex
CREATE INDEX "TrackedItemEvent_itemId_idx" ON "TrackedItemEvent"("itemId");

-- CreateIndex
CREATE INDEX "TrackedItemEvent_userId_idx" ON "TrackedItemEvent"("userId");

-- AddForeignKey
ALTER TABLE "ResponsibleBody" ADD CONSTRAINT "ResponsibleBody_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponsibleBody" ADD CONSTRAINT "ResponsibleBody_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "ResponsibleBody"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackedItem" ADD CONSTRAINT "TrackedItem_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackedItem" ADD CONSTRAINT "TrackedItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackedItem" ADD CONSTRAINT "TrackedItem_responsibleBodyId_fkey" FOREIGN KEY ("responsibleBodyId") REFERENCES "ResponsibleBody"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackedItemEvent" ADD CONSTRAINT "TrackedItemEvent_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "TrackedItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackedItemEvent" ADD CONSTRAINT "TrackedItemEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
