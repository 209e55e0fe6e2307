// A version's approval requests and their answers, for the meeting's members.
import type { Db } from "@/server/db/client";
import { requireMember } from "../access/meeting-access";
import { findApprovedVersion, readVersionApprovals, type VersionApprovalsView } from "./version-approvals";

export async function getVersionApprovals(options: {
  db: Db;
  userId: string;
  meetingId: string;
  versionNumber: string | number;
}): Promise<VersionApprovalsView> {
  const { db, meetingId } = options;
  await requireMember(db, meetingId, options.userId);
  return readVersionApprovals(db, await findApprovedVersion(db, meetingId, options.versionNumber));
}
