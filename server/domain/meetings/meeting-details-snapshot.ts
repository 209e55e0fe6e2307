// The meeting's details as they were when a version was locked: what the
// report's header shows, what its proposals' categories are called, and which
// earlier meetings its carried follow-ups came from. Kept
// with the version so that editing the meeting later does not change a
// published record.
import { z } from "zod";
import { canonicalJson } from "@/lib/canonical-json";
import type { MinutesReading } from "@/lib/editor/read-minutes";
import { carriedOrigins } from "../tracker/carried-origins";
import type { Tx } from "@/server/db/transaction";

const snapshotSchema = z.object({
  title: z.string(),
  startsAt: z.iso.datetime(),
  place: z.string(),
  series: z.object({ id: z.string(), title: z.string() }).nullable(),
  /** Every category of the series in its order, the removed ones marked:
   * proposals written before a removal still name them. */
  categories: z.array(z.object({ id: z.string(), name: z.string(), removed: z.boolean() })),
  guests: z.array(z.object({ name: z.string(), role: z.string(), organisation: z.string() })),
  attendees: z.array(z.object({ name: z.string(), affiliation: z.string() })),
  agenda: z.array(z.object({ id: z.string(), title: z.string() })),
  /** The earlier meetings the carried follow-ups came from (carried-origins.ts);
   * absent in versions locked before it was kept. */
  carriedFrom: z.array(z.object({ itemId: z.string(), title: z.string(), startsAt: z.iso.datetime() })).optional(),
});

export type MeetingDetailsSnapshot = z.infer<typeof snapshotSchema>;

const byPosition = [{ position: "asc" as const }, { id: "asc" as const }];

export async function snapshotMeetingDetails(tx: Tx, meetingId: string, reading: MinutesReading): Promise<MeetingDetailsSnapshot> {
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: {
      title: true,
      startsAt: true,
      place: true,
      series: {
        select: {
          id: true,
          title: true,
          categories: { orderBy: byPosition, select: { id: true, name: true, removedAt: true } },
        },
      },
      guests: { orderBy: byPosition, select: { name: true, role: true, organisation: true } },
      attendees: { orderBy: byPosition, select: { name: true, affiliation: true } },
      agenda: { orderBy: byPosition, select: { id: true, title: true } },
    },
  });
  const { series, startsAt, ...rest } = meeting;
  return {
    ...rest,
    startsAt: startsAt.toISOString(),
    series: series ? { id: series.id, title: series.title } : null,
    categories: (series?.categories ?? []).map((category) => ({
      id: category.id,
      name: category.name,
      removed: category.removedAt !== null,
    })),
    carriedFrom: await carriedOrigins(tx, meetingId, reading),
  };
}

/** A version's snapshot with where its carried follow-ups came from, read
 * afresh for a version locked before that was kept. */
export async function withCarriedOrigins(tx: Tx, meetingId: string, snapshot: MeetingDetailsSnapshot, reading: MinutesReading): Promise<MeetingDetailsSnapshot> {
  return snapshot.carriedFrom ? snapshot : { ...snapshot, carriedFrom: await carriedOrigins(tx, meetingId, reading) };
}

export function encodeMeetingDetails(snapshot: MeetingDetailsSnapshot): string {
  return canonicalJson(snapshot);
}

export function decodeMeetingDetails(stored: string): MeetingDetailsSnapshot {
  return snapshotSchema.parse(JSON.parse(stored));
}
