// Versions and publications as the meeting's members see them.
import type { z } from "zod";
import { AppError } from "@/lib/app-error";
import type { publicationSummary } from "@/lib/contracts/publications";
import type { versionSummary } from "@/lib/contracts/versions";
import type { Prisma } from "@/server/db/generated/sqlite/client";
import type { Tx } from "@/server/db/transaction";

/** A version and a publication as the server builds them (Dates);
 * lib/contracts shapes the answers. */
export type VersionSummary = z.input<typeof versionSummary>;
export type PublicationSummary = z.input<typeof publicationSummary>;

export const versionSummarySelect = {
  id: true,
  meetingId: true,
  number: true,
  lockedAt: true,
  lockedBy: { select: { id: true, name: true } },
  note: true,
  sha256: true,
} satisfies Prisma.MinutesVersionSelect;

export const publicationSelect = {
  id: true,
  token: true,
  indexable: true,
  publishedAt: true,
  revokedAt: true,
  publishedBy: { select: { id: true, name: true } },
  version: { select: { number: true } },
} satisfies Prisma.PublicationSelect;

type PublicationRow = Prisma.PublicationGetPayload<{ select: typeof publicationSelect }>;

export function publicPath(token: string): string {
  return `/r/${token}`;
}

/** A publication as built from its row: its moments are still the row's Dates (currentOf compares them). */
type BuiltPublication = PublicationSummary & { publishedAt: Date; revokedAt: Date | null };

export function toPublicationSummary(row: PublicationRow): BuiltPublication {
  const { version, ...rest } = row;
  return { ...rest, path: publicPath(row.token), versionNumber: version.number };
}

/** The publication links readers are sent to: of the live ones, the one of the
 * highest version (the latest published, among several of that version). */
export function currentOf<T extends { versionNumber: number; publishedAt: Date; revokedAt: Date | null }>(
  publications: readonly T[],
): T | null {
  let current: T | null = null;
  for (const publication of publications) {
    if (publication.revokedAt) continue;
    if (
      !current ||
      publication.versionNumber > current.versionNumber ||
      (publication.versionNumber === current.versionNumber && publication.publishedAt > current.publishedAt)
    ) {
      current = publication;
    }
  }
  return current;
}

export function unknownVersion(): AppError {
  return new AppError("not_found", "error.version.unknown");
}

/** A version number as it appears in a path: a positive integer, else null. */
export function parseVersionNumber(value: string | number): number | null {
  const number = typeof value === "number" ? value : /^[1-9][0-9]{0,8}$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(number) && number > 0 ? number : null;
}

/** The id of the meeting's version `number`; 404 when it has none. */
export async function findVersionId(db: Tx, meetingId: string, number: string | number): Promise<string> {
  const parsed = parseVersionNumber(number);
  const version =
    parsed === null
      ? null
      : await db.minutesVersion.findUnique({ where: { meetingId_number: { meetingId, number: parsed } }, select: { id: true } });
  if (!version) throw unknownVersion();
  return version.id;
}
