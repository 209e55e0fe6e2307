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

export interface AccessRequest {
  userId: string;
  docName: string;
}

export async function getDocumentAccess(options: { db: Db } & AccessRequest): Promise<DocumentAccess | null> {
  const [access] = await getDocumentAccesses(options.db, [options]);
  return access ?? null;
}

/** The access of each request, in order, in one query however many they are
 * (the collaboration server's admissions arriving together: access-batcher.ts). */
export async function getDocumentAccesses(db: Db, requests: readonly AccessRequest[]): Promise<Array<DocumentAccess | null>> {
  const keys = requests.map(({ userId, docName }) => ({ userId, meetingId: meetingIdOfDoc(docName) }));
  const asked = keys.flatMap(({ userId, meetingId }) => (meetingId === null ? [] : [{ userId, meetingId }]));
  if (asked.length === 0) return requests.map(() => null);
  const memberships = await db.membership.findMany({
    where: { OR: asked },
    select: {
      meetingId: true,
      userId: true,
      role: true,
      user: { select: { id: true, name: true, color: true, deactivatedAt: true } },
      meeting: { select: { minutesStatus: true } },
    },
  });
  const found = new Map(memberships.map((membership) => [`${membership.meetingId} ${membership.userId}`, membership]));
  return keys.map(({ userId, meetingId }) => {
    const membership = meetingId === null ? undefined : found.get(`${meetingId} ${userId}`);
    // A deactivated account opens nothing, whatever token it still holds.
    if (!membership || membership.user.deactivatedAt !== null) return null;
    const role = roleSchema.safeParse(membership.role);
    if (!role.success) return null;
    const { id, name, color } = membership.user;
    return { user: { id, name, color }, role: role.data, locked: membership.meeting.minutesStatus === "locked" };
  });
}
