// A member asked to approve a version answers from their own account: approve,
// or decline with a note. Only the person asked answers, once, and only while
// no newer lock superseded the version. Open pages hear of it: the minutes'
// state may now be "approved".
import { AppError } from "@/lib/app-error";
import type { Db } from "@/server/db/client";
import type { Tx } from "@/server/db/transaction";
import { requireMember } from "../access/meeting-access";
import type { MinutesStateEvents } from "../minutes/minutes-state-events";
import { supersededVersion } from "./ask-for-approval";
import { findApprovedVersion, readVersionApprovals, type VersionApprovalsView } from "./version-approvals";

interface AnswerOptions {
  db: Db;
  userId: string;
  meetingId: string;
  versionNumber: string | number;
  decision: "approve" | "decline";
  note: string;
  events?: MinutesStateEvents;
  now?: Date;
}

export async function answerApproval(options: AnswerOptions): Promise<VersionApprovalsView> {
  const answered = await options.db.$transaction((tx) => answerIn(tx, options));
  options.events?.minutesStateChanged(options.meetingId);
  return answered;
}

async function answerIn(tx: Tx, options: AnswerOptions): Promise<VersionApprovalsView> {
  const { meetingId, userId } = options;
  await requireMember(tx, meetingId, userId);
  const version = await findApprovedVersion(tx, meetingId, options.versionNumber);
  const request = await tx.versionApproval.findUnique({
    where: { versionId_approverId: { versionId: version.id, approverId: userId } },
    select: { id: true },
  });
  if (!request) throw new AppError("forbidden", "error.approval.notAsked");
  if (version.superseded) throw supersededVersion();
  // Compare-and-set: an answer already given stays.
  const { count } = await tx.versionApproval.updateMany({
    where: { id: request.id, status: "asked" },
    data: {
      status: options.decision === "approve" ? "approved" : "declined",
      note: options.note,
      answeredAt: options.now ?? new Date(),
    },
  });
  if (count === 0) throw new AppError("conflict", "error.approval.alreadyAnswered");
  return readVersionApprovals(tx, version);
}
