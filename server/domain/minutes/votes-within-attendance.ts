// A resolution's votes may not add up to more than the attendees present (those
// who left early count: they were there for part of the session). Checked at
// the lock, inside its transaction, so a refused lock leaves nothing behind.
// Votes need attendance: with nobody marked present, none were there to vote.
import { AppError } from "@/lib/app-error";
import { countsAsPresent } from "@/lib/attendance";
import { votesCast, type MinutesReading } from "@/lib/editor/read-minutes";
import type { Tx } from "@/server/db/transaction";

/** Throws invalid_input naming each resolution whose votes exceed the attendees present. */
export async function refuseVotesOverPresent(tx: Tx, meetingId: string, reading: MinutesReading): Promise<void> {
  const counted = reading.resolutions.filter((resolution) => votesCast(resolution.votes) > 0);
  if (counted.length === 0) return;
  const marks = await tx.attendee.findMany({ where: { meetingId, attendance: { not: null } }, select: { attendance: true } });
  const present = marks.filter((mark) => countsAsPresent(mark.attendance)).length;
  const over = counted.filter((resolution) => votesCast(resolution.votes) > present);
  if (over.length === 0) return;
  throw new AppError(
    "invalid_input",
    "error.resolution.votesOverPresentAtLock",
    Object.fromEntries(over.map((resolution) => [`resolution.${resolution.id}`, "error.resolution.votesOverPresent"])),
  );
}
