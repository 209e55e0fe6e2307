// Checks that a stored version is what was locked: its content still hashes to
// its stored SHA-256, and its stored Yjs state still yields that content.
import type { z } from "zod";
import type { versionCheck, versionVerification } from "@/lib/contracts/versions";
import type { Db } from "@/server/db/client";
import { requireMember } from "../access/meeting-access";
import { findVersionId } from "./minutes-version-view";
import { contentHash, contentOfState } from "./version-content";

type VersionCheck = z.input<typeof versionCheck>;
export type VersionVerification = z.input<typeof versionVerification>;

export async function verifyVersion(options: { db: Db; versionId: string }): Promise<VersionVerification> {
  const version = await options.db.minutesVersion.findUniqueOrThrow({
    where: { id: options.versionId },
    select: { id: true, number: true, content: true, sha256: true, yjsState: true },
  });
  const computedSha256 = contentHash(version.content);
  const failed: VersionCheck[] = [];
  if (computedSha256 !== version.sha256) failed.push("hash");
  if (stateContent(version.yjsState) !== version.content) failed.push("yjsState");
  return {
    versionId: version.id,
    number: version.number,
    ok: failed.length === 0,
    failed,
    storedSha256: version.sha256,
    computedSha256,
  };
}

function stateContent(yjsState: Uint8Array): string | null {
  try {
    return contentOfState(yjsState);
  } catch {
    return null;
  }
}

/** verifyVersion for a member of the meeting, naming the version by number. */
export async function verifyMeetingVersion(options: {
  db: Db;
  userId: string;
  meetingId: string;
  versionNumber: string | number;
}): Promise<VersionVerification> {
  const { db, meetingId } = options;
  await requireMember(db, meetingId, options.userId);
  return verifyVersion({ db, versionId: await findVersionId(db, meetingId, options.versionNumber) });
}
