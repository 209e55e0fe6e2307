// One version's Yjs state, for members: what a page that comments on the
// version builds its read-only document from, so that a selection there
// becomes Yjs relative positions that also resolve in the live minutes.
import type { Db } from "@/server/db/client";
import { requireMember } from "../access/meeting-access";
import { findVersionId } from "./minutes-version-view";

export async function getVersionState(options: {
  db: Db;
  userId: string;
  meetingId: string;
  versionNumber: string | number;
}): Promise<Uint8Array> {
  const { db, meetingId } = options;
  await requireMember(db, meetingId, options.userId);
  const id = await findVersionId(db, meetingId, options.versionNumber);
  const { yjsState } = await db.minutesVersion.findUniqueOrThrow({ where: { id }, select: { yjsState: true } });
  return yjsState;
}
