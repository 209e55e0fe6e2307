// A due date from the minutes may not fall before the day of the meeting it
// was set in, as through the tracker's API (changeItemStatus). At the lock the
// whole lock is refused, naming the follow-ups, so nothing is half-saved and
// the note-takers correct the minutes themselves (the editor marks the date).
import { AppError } from "@/lib/app-error";
import { parseIsoDay } from "@/lib/editor/due-date";

export interface DueToCheck {
  /** The follow-up block's id. */
  id: string;
  due: string | null;
  /** The ISO day (Tehran) of the meeting the item comes from. */
  meetingDay: string;
}

/** Throws invalid_input with each offending block's id as a field, or returns. */
export function refuseDueBeforeMeeting(checks: readonly DueToCheck[]): void {
  const early = checks.filter((check) => check.due !== null && parseIsoDay(check.due) !== null && check.due < check.meetingDay);
  if (early.length === 0) return;
  throw new AppError(
    "invalid_input",
    "error.tracker.dueBeforeMeetingAtLock",
    Object.fromEntries(early.map((check) => [`followUp.${check.id}`, "error.tracker.dueBeforeMeeting"])),
  );
}
