// Sign-off, as the approval routes answer it: a version's approval requests,
// each with who was asked, by whom and when, and their answer; the version's
// approval state; whether a newer lock superseded it.
import { z } from "zod";
import { moment, person } from "./moment";

export const APPROVAL_STATUSES = ["asked", "approved", "declined"] as const;
export const approvalStatus = z.enum(APPROVAL_STATUSES);
export type ApprovalStatus = z.output<typeof approvalStatus>;

/** none: nobody asked; pending: someone has not answered; approved: every request approved; declined: someone declined. */
export const approvalState = z.enum(["none", "pending", "approved", "declined"]);
export type ApprovalState = z.output<typeof approvalState>;

export const approvalRequest = z.object({
  id: z.string(),
  approver: person,
  requestedBy: person,
  requestedAt: moment,
  status: approvalStatus,
  /** The answer's note ("" when none). */
  note: z.string(),
  answeredAt: moment.nullable(),
});

export const versionApprovals = z.object({
  versionNumber: z.number(),
  /** The hash of the version approved. */
  sha256: z.string(),
  /** A newer version was locked: no request or answer is taken for this one. */
  superseded: z.boolean(),
  state: approvalState,
  requests: z.array(approvalRequest),
});

export type ApprovalRequest = z.output<typeof approvalRequest>;
export type VersionApprovals = z.output<typeof versionApprovals>;

/** Approved when at least one member was asked and every one approved. */
export function approvalStateOf(statuses: readonly string[]): ApprovalState {
  if (statuses.length === 0) return "none";
  if (statuses.includes("declined")) return "declined";
  return statuses.every((status) => status === "approved") ? "approved" : "pending";
}

export function isApprovalStatus(value: string): value is ApprovalStatus {
  return (APPROVAL_STATUSES as readonly string[]).includes(value);
}
