// The number of a meeting's newest version of the minutes: what the editor
// compares its kept offline edits against (null before the first lock).
import type { Tx } from "@/server/db/transaction";

export async function latestVersionNumber(db: Tx, meetingId: string): Promise<number | null> {
  const latest = await db.minutesVersion.findFirst({ where: { meetingId }, orderBy: { number: "desc" }, select: { number: true } });
  return latest?.number ?? null;
}
