// The organizer revokes a published link: from then on it answers 404, and it
// is no longer its version's live link (publishing the version makes a new
// one). The row is kept (who published what, when, and when it was revoked);
// revoking again changes nothing. Open pages of the meeting are told (the
// state may no longer be "published").
import { AppError } from "@/lib/app-error";
import { isId } from "@/lib/validation/fields";
import type { Db } from "@/server/db/client";
import { requireOrganizer } from "../access/meeting-access";
import type { MinutesStateEvents } from "../minutes/minutes-state-events";
import { publicationSelect, toPublicationSummary, type PublicationSummary } from "./minutes-version-view";

export async function revokePublication(options: {
  db: Db;
  meetingId: string;
  userId: string;
  publicationId: string;
  now?: Date;
  events?: MinutesStateEvents;
}): Promise<PublicationSummary> {
  const { db, meetingId, publicationId } = options;
  const revoked = await db.$transaction(async (tx) => {
    await requireOrganizer(tx, meetingId, options.userId);
    const found = isId(publicationId)
      ? await tx.publication.findFirst({ where: { id: publicationId, meetingId }, select: { id: true } })
      : null;
    if (!found) throw new AppError("not_found", "error.publication.unknown");
    await tx.publication.updateMany({ where: { id: found.id, revokedAt: null }, data: { revokedAt: options.now ?? new Date(), liveVersionId: null } });
    return toPublicationSummary(await tx.publication.findUniqueOrThrow({ where: { id: found.id }, select: publicationSelect }));
  });
  options.events?.minutesStateChanged(meetingId);
  return revoked;
}
