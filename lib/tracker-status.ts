// The statuses of a tracked follow-up and the rules for moving between them:
// one step at a time along routed → acknowledged → in_progress → answered →
// closed; skipping a step, going back, or leaving "withdrawn" needs a note.
import type { FollowUpStatus } from "./editor/nodes/follow-up";

export const TRACKER_PATH = ["routed", "acknowledged", "in_progress", "answered", "closed"] as const;
export const TRACKER_STATUSES = [...TRACKER_PATH, "withdrawn"] as const;
export type TrackerStatus = (typeof TRACKER_STATUSES)[number];

export const TRACKED_KINDS = ["followUp", "proposal"] as const;
export type TrackedKind = (typeof TRACKED_KINDS)[number];

/** What a change in an item's history changed: its status, or another field. */
export const TRACKED_FIELDS = ["status", "due", "responsibleBody", "text", "category"] as const;
export type TrackedField = (typeof TRACKED_FIELDS)[number];

export function isTrackerStatus(value: string): value is TrackerStatus {
  return (TRACKER_STATUSES as readonly string[]).includes(value);
}

/** A stored status; anything unknown counts as routed. */
export function toTrackerStatus(value: string): TrackerStatus {
  return isTrackerStatus(value) ? value : "routed";
}

/** Still waiting on someone: neither closed nor withdrawn. */
export function isOpenStatus(status: TrackerStatus): boolean {
  return status !== "closed" && status !== "withdrawn";
}

export type TransitionCheck = { ok: true } | { ok: false; reason: "same" | "noteRequired" };

/** Whether a status change may be made, given whether it comes with a note. */
export function checkTransition(from: TrackerStatus, to: TrackerStatus, hasNote: boolean): TransitionCheck {
  if (from === to) return { ok: false, reason: "same" };
  if (to === "withdrawn") return { ok: true };
  const next = from === "withdrawn" ? -1 : TRACKER_PATH.indexOf(from) + 1;
  if (TRACKER_PATH.indexOf(to) === next || hasNote) return { ok: true };
  return { ok: false, reason: "noteRequired" };
}

/** The tracker's status for a new item, from the follow-up's status in the minutes. */
export function statusFromMinutes(status: string): TrackerStatus {
  const mapped: Record<FollowUpStatus, TrackerStatus> = { open: "routed", "in-progress": "in_progress", done: "answered" };
  return Object.hasOwn(mapped, status) ? mapped[status as FollowUpStatus] : "routed";
}

/** The follow-up status the minutes show for a tracker status (the carry-over). */
export function minutesStatusOf(status: TrackerStatus): FollowUpStatus {
  if (status === "routed" || status === "acknowledged") return "open";
  if (status === "in_progress") return "in-progress";
  return "done";
}
