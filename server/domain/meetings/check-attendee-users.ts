// Refuses attendees linked to accounts that do not exist.
import { AppError } from "@/lib/app-error";
import type { Tx } from "@/server/db/transaction";

export async function checkAttendeeUsers(db: Tx, attendees: ReadonlyArray<{ userId: string | null }>): Promise<void> {
  const linked = [...new Set(attendees.flatMap((attendee) => (attendee.userId ? [attendee.userId] : [])))];
  if (linked.length === 0) return;
  const found = new Set(
    (await db.user.findMany({ where: { id: { in: linked } }, select: { id: true } })).map((user) => user.id),
  );
  const fields: Record<string, string> = {};
  attendees.forEach((attendee, index) => {
    if (attendee.userId && !found.has(attendee.userId)) fields[`attendees.${index}.userId`] = "invalid.attendee.user";
  });
  if (Object.keys(fields).length > 0) throw new AppError("invalid_input", "unknown attendee account", fields);
}
