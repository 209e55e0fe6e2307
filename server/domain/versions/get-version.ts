// One version, read-only, for the meeting's members: its content (ProseMirror
// JSON), its structured reading, the meeting's details at the lock, and its
// live links.
import type { JSONContent } from "@tiptap/core";
import type { z } from "zod";
import type { versionDetails } from "@/lib/contracts/versions";
import { readMinutes } from "@/lib/editor/read-minutes";
import type { Db } from "@/server/db/client";
import { requireMember } from "../access/meeting-access";
import { decodeMeetingDetails, withCarriedOrigins } from "../meetings/meeting-details-snapshot";
import { findVersionId, publicationSelect, toPublicationSummary, versionSummarySelect } from "./minutes-version-view";

/** A version as the server builds it; lib/contracts/versions shapes the answer. */
export type VersionDetails = z.input<typeof versionDetails>;

export async function getVersion(options: {
  db: Db;
  userId: string;
  meetingId: string;
  versionNumber: string | number;
}): Promise<VersionDetails> {
  const { db, meetingId } = options;
  await requireMember(db, meetingId, options.userId);
  const id = await findVersionId(db, meetingId, options.versionNumber);
  const { content, meetingDetails, publications, ...summary } = await db.minutesVersion.findUniqueOrThrow({
    where: { id },
    select: {
      ...versionSummarySelect,
      content: true,
      meetingDetails: true,
      publications: { where: { revokedAt: null }, orderBy: [{ publishedAt: "desc" }, { id: "asc" }], select: publicationSelect },
    },
  });
  const json = JSON.parse(content) as JSONContent;
  const reading = readMinutes(json);
  return {
    ...summary,
    content: json,
    reading,
    meeting: await withCarriedOrigins(db, meetingId, decodeMeetingDetails(meetingDetails), reading),
    publications: publications.map(toPublicationSummary),
  };
}
