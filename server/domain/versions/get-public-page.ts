// What the public page /r/<token> shows, for anyone holding a live link: the
// version (content, structured reading, number, who locked it and when, its
// note and hash), the meeting's details and categories and where its carried
// follow-ups came from, as they were at the lock, its sign-off (approved or a
// draft), and the newer published
// version when there is one. An unknown or revoked token is not_found, and
// says nothing more.
import type { JSONContent } from "@tiptap/core";
import { AppError } from "@/lib/app-error";
import { readMinutes, type MinutesReading } from "@/lib/editor/read-minutes";
import type { Db } from "@/server/db/client";
import { decodeMeetingDetails, withCarriedOrigins, type MeetingDetailsSnapshot } from "../meetings/meeting-details-snapshot";
import { readReportApproval, type ReportApproval } from "../approvals/report-approval";
import { TOKEN_PATTERN } from "./is-publication-live";
import { currentOf, publicPath } from "./minutes-version-view";

export interface PublicPage {
  token: string;
  indexable: boolean;
  publishedAt: Date;
  version: {
    number: number;
    lockedAt: Date;
    /** The name of who locked it. */
    lockedBy: string;
    note: string;
    sha256: string;
    content: JSONContent;
    reading: MinutesReading;
  };
  meeting: MeetingDetailsSnapshot;
  /** Approved, or a draft not approved, and who approved when. */
  approval: ReportApproval;
  /** A live publication of a newer version of the same meeting (the newest). */
  supersededBy: { token: string; path: string; versionNumber: number } | null;
}

export async function getPublicPage(options: { db: Db; token: string }): Promise<PublicPage> {
  const { db, token } = options;
  const publication = TOKEN_PATTERN.test(token)
    ? await db.publication.findUnique({
        where: { token },
        select: {
          token: true,
          indexable: true,
          publishedAt: true,
          revokedAt: true,
          meetingId: true,
          version: {
            select: {
              number: true,
              lockedAt: true,
              lockedBy: { select: { name: true } },
              note: true,
              sha256: true,
              content: true,
              meetingDetails: true,
            },
          },
        },
      })
    : null;
  if (!publication || publication.revokedAt) throw new AppError("not_found");
  const { version } = publication;
  const newer = await db.publication.findMany({
    where: { meetingId: publication.meetingId, revokedAt: null, version: { number: { gt: version.number } } },
    select: { token: true, publishedAt: true, revokedAt: true, version: { select: { number: true } } },
  });
  const newest = currentOf(newer.map((row) => ({ ...row, versionNumber: row.version.number })));
  const content = JSON.parse(version.content) as JSONContent;
  const reading = readMinutes(content);
  return {
    token: publication.token,
    indexable: publication.indexable,
    publishedAt: publication.publishedAt,
    version: {
      number: version.number,
      lockedAt: version.lockedAt,
      lockedBy: version.lockedBy.name,
      note: version.note,
      sha256: version.sha256,
      content,
      reading,
    },
    meeting: await withCarriedOrigins(db, publication.meetingId, decodeMeetingDetails(version.meetingDetails), reading),
    approval: await readReportApproval(db, publication.meetingId, version.number),
    supersededBy: newest ? { token: newest.token, path: publicPath(newest.token), versionNumber: newest.versionNumber } : null,
  };
}
