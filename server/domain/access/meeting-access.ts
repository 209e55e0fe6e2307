// The role a user holds in a meeting, and the checks every meeting use case
// starts with: a non-member learns nothing (404), a member without the right
// role is refused (403).
import { AppError } from "@/lib/app-error";
import { roleSchema, type Role } from "@/lib/roles";
import { isId } from "@/lib/validation/fields";
import type { Tx } from "@/server/db/transaction";

export async function findRole(db: Tx, meetingId: string, userId: string): Promise<Role | null> {
  if (!isId(meetingId)) return null;
  const membership = await db.membership.findUnique({
    where: { meetingId_userId: { meetingId, userId } },
    select: { role: true },
  });
  const role = roleSchema.safeParse(membership?.role);
  return role.success ? role.data : null;
}

export async function requireMember(db: Tx, meetingId: string, userId: string): Promise<Role> {
  const role = await findRole(db, meetingId, userId);
  if (!role) throw new AppError("not_found", "no such meeting for this user");
  return role;
}

export async function requireOrganizer(db: Tx, meetingId: string, userId: string): Promise<void> {
  const role = await requireMember(db, meetingId, userId);
  if (role !== "organizer") throw new AppError("forbidden", "only an organizer may do this");
}
