// Locking and reopening the minutes, as the route handlers ask for them. The
// collaboration server provides the live implementation (services.minutes):
// it freezes the open document so that the version holds exactly the updates
// accepted before the lock, and tells the open editors. Without it, the
// stored-state locker captures the minutes as stored.
import type { Db } from "@/server/db/client";
import { captureStoredMinutes } from "./capture-stored-minutes";
import { lockMeeting, requireLockable, type LockedVersion } from "./lock-meeting";
import type { MeetingMinutesState } from "./meeting-minutes-state";
import { reopenMeeting } from "./reopen-meeting";

export interface LockRequest {
  note: string;
  /** The keys of the proposed tracker changes the organizer accepts (proposed-tracker-changes.ts). */
  accept: readonly string[];
}

export interface MinutesLocker {
  /** Locks the minutes into the next version (organizer; 409 when locked). */
  lock(meetingId: string, userId: string, request: LockRequest): Promise<LockedVersion>;
  /** Reopens locked minutes for revision (organizer; 409 when open). */
  reopen(meetingId: string, userId: string): Promise<MeetingMinutesState>;
}

export function storedMinutesLocker(db: Db): MinutesLocker {
  return {
    async lock(meetingId, userId, { note, accept }) {
      // Refuse before touching the minutes; lockMeeting checks again in its transaction.
      await requireLockable(db, meetingId, userId);
      const captured = await captureStoredMinutes({ db, meetingId });
      return lockMeeting({ db, meetingId, userId, note, accept, captured });
    },
    reopen: (meetingId, userId) => reopenMeeting({ db, meetingId, userId }),
  };
}
