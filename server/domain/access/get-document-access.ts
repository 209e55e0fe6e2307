// Who may open a collaborative document, and with which role.
import { meetingIdOfDoc } from "@/lib/collab-protocol";
import { roleSchema, type Role } from "@/lib/roles";
import type { Db } from "@/server/db/client";

export interface DocumentAccess {
  user: { id: string; name: string; color: string };
  role: Role;
  /** The minutes are locked into a version: read-only for everyone. */
  locked: boolean;
}

export async function getDocumentAccess(options: {
  db: Db;
  userId: string;
  docName: string;
}): Promise<DocumentAccess | null> {
  const meetingId = meetingIdOfDoc(options.docName);
  if (!meetingId) return null;
  const membership = await options.db.membership.findUnique({
    where: { meetingId_userId: { meetingId, userId: options.userId } },
    select: {
      role: true,
      user: { select: { id: true, name: true, color: true, deactivatedAt: true } },
      meeting: { select: { minutesStatus: true } },
    },
  });
  // A deactivated account opens nothing, whatever token it still holds.
  if (!membership || membership.user.deactivatedAt !== null) return null;
  const role = roleSchema.safeParse(membership.role);
  if (!role.success) return null;
  const { id, name, color } = membership.user;
  return { user: { id, name, color }, role: role.data, locked: membership.meeting.minutesStatus === "locked" };
}
