// The organizer publishes one of the meeting's versions to a read-only link
// /r/<token> (192 random bits). A version has one live link: publishing a
// version that has one answers that link and makes no other, also when
// several requests arrive at once (the unique liveVersionId refuses a second;
// the request that lost reads the winner's). Older versions' links stay live:
// their page names the newer version. Open pages of the meeting are told
// when a link was made (the state may now be "published").
import { randomBytes } from "node:crypto";
import { AppError } from "@/lib/app-error";
import type { Db } from "@/server/db/client";
import { isUniqueViolation, type Tx } from "@/server/db/transaction";
import type { MinutesStateEvents } from "../minutes/minutes-state-events";
import { requireOrganizer } from "../access/meeting-access";
import { parseVersionNumber, publicationSelect, toPublicationSummary, type PublicationSummary } from "./minutes-version-view";

const TOKEN_BYTES = 24;

export function newPublicationToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

interface PublishOptions {
  db: Db;
  meetingId: string;
  userId: string;
  versionNumber: number;
  indexable?: boolean;
  events?: MinutesStateEvents;
}

/** The version's live link, and whether this request made it (else it was there already). */
export interface Published {
  publication: PublicationSummary;
  created: boolean;
}

export async function publishVersion(options: PublishOptions): Promise<Published> {
  const published = await publishOnce(options);
  if (published.created) options.events?.minutesStateChanged(options.meetingId);
  return published;
}

async function publishOnce(options: PublishOptions): Promise<Published> {
  try {
    return await options.db.$transaction((tx) => publishIn(tx, options));
  } catch (error) {
    // Another request made the version's live link between this one's read and
    // its write (PostgreSQL; SQLite's transactions take turns): read it now.
    if (!isUniqueViolation(error)) throw error;
    return options.db.$transaction((tx) => publishIn(tx, options));
  }
}

async function publishIn(tx: Tx, options: PublishOptions): Promise<Published> {
  const { meetingId, userId } = options;
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
  // Links made before there was one per version may be several: the newest.
  const live = await tx.publication.findFirst({
    where: { versionId: version.id, revokedAt: null },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    select: publicationSelect,
  });
  if (live) return { publication: toPublicationSummary(live), created: false };
  const publication = await tx.publication.create({
    data: {
      token: newPublicationToken(),
      meetingId,
      versionId: version.id,
      liveVersionId: version.id,
      indexable: options.indexable ?? false,
      publishedById: userId,
    },
    select: publicationSelect,
  });
  return { publication: toPublicationSummary(publication), created: true };
}
