// The organizer asks members of the meeting to approve one version. Each
// person asked must be a member (every member has an account) and not asked
// already for this version; a version a newer lock superseded takes no
// request. All or nothing: one refused person leaves nobody asked.
import { AppError } from "@/lib/app-error";
import type { Db } from "@/server/db/client";
import { isUniqueViolation, type Tx } from "@/server/db/transaction";
import { requireOrganizer } from "../access/meeting-access";
import type { MinutesStateEvents } from "../minutes/minutes-state-events";
import { findApprovedVersion, readVersionApprovals, type VersionApprovalsView } from "./version-approvals";

interface AskOptions {
  db: Db;
  userId: string;
  meetingId: string;
  versionNumber: string | number;
  userIds: string[];
  events?: MinutesStateEvents;
}

export function supersededVersion(): AppError {
  return new AppError("conflict", "error.approval.superseded", { versionNumber: "error.approval.superseded" });
}

function alreadyAsked(): AppError {
  return new AppError("conflict", "error.approval.alreadyAsked", { userIds: "error.approval.alreadyAsked" });
}

export async function askForApproval(options: AskOptions): Promise<VersionApprovalsView> {
  try {
    const asked = await options.db.$transaction((tx) => askIn(tx, options));
    // An approved version asked again is pending: open pages re-read the state.
    options.events?.minutesStateChanged(options.meetingId);
    return asked;
  } catch (error) {
    // The same person asked by two requests at once (PostgreSQL): the second loses.
    if (isUniqueViolation(error)) throw alreadyAsked();
    throw error;
  }
}

async function askIn(tx: Tx, options: AskOptions): Promise<VersionApprovalsView> {
  const { meetingId, userId, userIds } = options;
  await requireOrganizer(tx, meetingId, userId);
  const version = await findApprovedVersion(tx, meetingId, options.versionNumber);
  if (version.superseded) throw supersededVersion();
  const members = await tx.membership.count({ where: { meetingId, userId: { in: userIds } } });
  if (members !== new Set(userIds).size) {
    throw new AppError("invalid_input", "error.approval.notMember", { userIds: "error.approval.notMember" });
  }
  const asked = await tx.versionApproval.count({ where: { versionId: version.id, approverId: { in: userIds } } });
  if (asked > 0) throw alreadyAsked();
  await tx.versionApproval.createMany({
    data: userIds.map((approverId) => ({ versionId: version.id, approverId, requestedById: userId })),
  });
  return readVersionApprovals(tx, version);
}
