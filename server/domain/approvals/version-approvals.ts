// A version's approval requests as the sign-off use cases read them: the
// version (by the meeting and its number), whether a newer lock superseded
// it, and each request with its answer. Approvals belong to one version.
import type { z } from "zod";
import { approvalStateOf, isApprovalStatus, type versionApprovals } from "@/lib/contracts/approvals";
import type { Prisma } from "@/server/db/generated/sqlite/client";
import type { Tx } from "@/server/db/transaction";
import { parseVersionNumber, unknownVersion } from "../versions/minutes-version-view";

/** The approvals as the server builds them (Dates); lib/contracts/approvals shapes the answer. */
export type VersionApprovalsView = z.input<typeof versionApprovals>;

export interface ApprovedVersion {
  id: string;
  number: number;
  sha256: string;
  superseded: boolean;
}

const approvalSelect = {
  id: true,
  status: true,
  note: true,
  requestedAt: true,
  answeredAt: true,
  approver: { select: { id: true, name: true } },
  requestedBy: { select: { id: true, name: true } },
} satisfies Prisma.VersionApprovalSelect;

/** Every request of the version approved, and at least one: the minutes' state says "approved". */
export function isApproved(approvals: ReadonlyArray<{ status: string }>): boolean {
  return approvalStateOf(approvals.map(({ status }) => status)) === "approved";
}

/** The meeting's version `number` and whether a newer one was locked; 404 when there is none. */
export async function findApprovedVersion(tx: Tx, meetingId: string, number: string | number): Promise<ApprovedVersion> {
  const parsed = parseVersionNumber(number);
  const version =
    parsed === null
      ? null
      : await tx.minutesVersion.findUnique({
          where: { meetingId_number: { meetingId, number: parsed } },
          select: { id: true, number: true, sha256: true },
        });
  if (!version) throw unknownVersion();
  const newer = await tx.minutesVersion.count({ where: { meetingId, number: { gt: version.number } } });
  return { ...version, superseded: newer > 0 };
}

/** Every request of the version, in the order asked. */
export async function readVersionApprovals(tx: Tx, version: ApprovedVersion): Promise<VersionApprovalsView> {
  const rows = await tx.versionApproval.findMany({
    where: { versionId: version.id },
    orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
    select: approvalSelect,
  });
  const requests = rows.map((row) => ({ ...row, status: isApprovalStatus(row.status) ? row.status : "asked" }));
  return {
    versionNumber: version.number,
    sha256: version.sha256,
    superseded: version.superseded,
    state: approvalStateOf(requests.map((request) => request.status)),
    requests,
  };
}
