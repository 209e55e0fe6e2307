// A meeting always keeps at least one organizer.
import { AppError } from "@/lib/app-error";
import type { Tx } from "@/server/db/transaction";

/** Refuses to take the organizer role away from `userId` when no other member has it. */
export async function keepAnOrganizer(tx: Tx, meetingId: string, userId: string): Promise<void> {
  const others = await tx.membership.count({ where: { meetingId, role: "organizer", userId: { not: userId } } });
  if (others === 0) {
    throw new AppError("conflict", "error.member.lastOrganizer", { role: "error.member.lastOrganizer" });
  }
}
