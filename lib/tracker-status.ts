// The statuses of a tracked follow-up and the rules for moving between them:
// one step at a time along routed → acknowledged → in_progress → answered →
// closed; skipping a step, going back, or leaving "withdrawn" needs a note.
// The follow-up block of the minutes offers the same list, the path
// (lib/editor/nodes/follow-up.ts; withdrawing is the organizer's, or the
// block's leaving the minutes), under the same words (tracker.status.*); the
// words older minutes hold ("open", "in-progress", "done") read as the
// statuses they stood for.

export const TRACKER_PATH = ["routed", "acknowledged", "in_progress", "answered", "closed"] as const;
export const TRACKER_STATUSES = [...TRACKER_PATH, "withdrawn"] as const;
export type TrackerStatus = (typeof TRACKER_STATUSES)[number];
/** A status of the path: what a follow-up in the minutes can say. */
export type PathStatus = (typeof TRACKER_PATH)[number];

export const TRACKED_KINDS = ["followUp", "resolution", "proposal"] as const;
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

/** The words minutes stored before their follow-ups offered the tracker's
 * statuses, with the statuses each stood for (the first is how it reads now). */
const OLDER_MINUTES_WORDS: ReadonlyMap<string, readonly [PathStatus, ...PathStatus[]]> = new Map([
  ["open", ["routed", "acknowledged"]],
  ["in-progress", ["in_progress"]],
  ["done", ["answered", "closed"]],
]);

function isPathStatus(value: string): value is PathStatus {
  return (TRACKER_PATH as readonly string[]).includes(value);
}

/** A follow-up's status as the minutes hold it, as the tracker reads it (a
 * new item's status): a status of the path as itself, an older word as the
 * status it stood for, anything else as routed. */
export function readMinutesStatus(stored: string): PathStatus {
  if (isPathStatus(stored)) return stored;
  return OLDER_MINUTES_WORDS.get(stored)?.[0] ?? "routed";
}

/** A stored status in the tracker's words, to show: an older word as the
 * status it stood for, none as routed; one neither list knows, as it is. */
export function minutesStatusName(stored: string): string {
  return stored === "" || OLDER_MINUTES_WORDS.has(stored) ? readMinutesStatus(stored) : stored;
}

/** Whether the minutes' status says the item's: the same, or an older word that
 * stood for it (minutes prepared before the lists were one propose nothing). */
export function minutesStatusSays(stored: string, status: TrackerStatus): boolean {
  const older = OLDER_MINUTES_WORDS.get(stored);
  return older ? older.some((meant) => meant === status) : readMinutesStatus(stored) === status;
}
