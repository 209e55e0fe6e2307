// The organizer publishes one of the meeting's versions to a read-only link
// /r/<token> (192 random bits). Older links stay live: their page names the
// newer version.
import { randomBytes } from "node:crypto";
import { AppError } from "@/lib/app-error";
import type { Db } from "@/server/db/client";
import { requireOrganizer } from "../access/meeting-access";
import { parseVersionNumber, publicationSelect, toPublicationSummary, type PublicationSummary } from "./minutes-version-view";

const TOKEN_BYTES = 24;

export function newPublicationToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

export async function publishVersion(options: {
  db: Db;
  meetingId: string;
  userId: string;
  versionNumber: number;
  indexable?: boolean;
}): Promise<PublicationSummary> {
  const { db, meetingId, userId } = options;
  return db.$transaction(async (tx) => {
    await requireOrganizer(tx, meetingId, userId);
    const number = parseVersionNumber(options.versionNumber);
    // Only this meeting's versions: another meeting's number is unknown here.
    const version =
      number === null
        ? null
        : await tx.minutesVersion.findUnique({ where: { meetingId_number: { meetingId, number } }, select: { id: true } });
    if (!version) {
      throw new AppError("invalid_input", "error.version.unknown", { versionNumber: "error.version.unknown" });
    }
    const publication = await tx.publication.create({
      data: {
        token: newPublicationToken(),
        meetingId,
        versionId: version.id,
        indexable: options.indexable ?? false,
        publishedById: userId,
      },
      select: publicationSelect,
    });
    return toPublicationSummary(publication);
  });
}
