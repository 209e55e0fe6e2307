// A version's sign-off as its report states it: approved (every member asked
// approved, at least one) or not, and who approved when, in the order asked.
import type { Tx } from "@/server/db/transaction";
import { findApprovedVersion, readVersionApprovals, type VersionApprovalsView } from "./version-approvals";

export interface ReportApproval {
  approved: boolean;
  approvedBy: Array<{ name: string; at: Date }>;
}

export function reportApprovalOf(view: VersionApprovalsView): ReportApproval {
  const approvedBy = view.requests.flatMap((request) =>
    request.status === "approved" && request.answeredAt ? [{ name: request.approver.name, at: new Date(request.answeredAt) }] : [],
  );
  return { approved: view.state === "approved", approvedBy };
}

/** The sign-off of the meeting's version `number`, for a reader the caller has let in (the public page's). */
export async function readReportApproval(db: Tx, meetingId: string, number: number): Promise<ReportApproval> {
  return reportApprovalOf(await readVersionApprovals(db, await findApprovedVersion(db, meetingId, number)));
}
