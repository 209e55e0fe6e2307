// Locks and reopens the minutes through the live document: the version holds
// exactly the updates accepted before the lock, and open editors are told.
import { meetingDocName } from "@/lib/collab-protocol";
import type { Db } from "@/server/db/client";
import { lockMeeting, requireLockable } from "@/server/domain/minutes/lock-meeting";
import type { MinutesLocker } from "@/server/domain/minutes/minutes-locker";
import { reopenMeeting } from "@/server/domain/minutes/reopen-meeting";
import type { CollabServer } from "../server";

export function liveMinutesLocker(collab: CollabServer, db: Db): MinutesLocker {
  return {
    async lock(meetingId, userId, { note, accept }) {
      // Refused callers never freeze the document, not even for a moment.
      await requireLockable(db, meetingId, userId);
      const organizer = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } });
      return collab.locks.lock(
        meetingDocName(meetingId),
        (captured) => lockMeeting({ db, meetingId, userId, note, accept, captured }),
        (version) => ({ locked: true, lockedBy: organizer.name, version: version.number }),
      );
    },
    async reopen(meetingId, userId) {
      const state = await reopenMeeting({ db, meetingId, userId });
      await collab.locks.unlock(meetingDocName(meetingId));
      return state;
    },
  };
}
