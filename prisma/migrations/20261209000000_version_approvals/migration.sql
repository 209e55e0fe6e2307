-- Sign-off: a request that one member approve one locked version, and their answer.

-- CreateTable
CREATE TABLE "VersionApproval" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "versionId" TEXT NOT NULL,
    "approverId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "requestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL DEFAULT 'asked',
    "note" TEXT NOT NULL DEFAULT '',
    "answeredAt" DATETIME,
    CONSTRAINT "VersionApproval_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "MinutesVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "VersionApproval_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "VersionApproval_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "VersionApproval_versionId_approverId_key" ON "VersionApproval"("versionId", "approverId");

-- CreateIndex
CREATE INDEX "VersionApproval_approverId_idx" ON "VersionApproval"("approverId");

-- CreateIndex
CREATE INDEX "VersionApproval_requestedById_idx" ON "VersionApproval"("requestedById");
