// Where a meeting's minutes stand, as the versions list and the reopen route
// answer it: draft (no version yet, the meeting still ahead), live, locked vN,
// revising after vN, published vN; a locked or published version is
// "approved" when every member asked to approve it did (at least one).
import { z } from "zod";
import { moment } from "./moment";

export const minutesState = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("draft") }),
  z.object({ kind: z.literal("live") }),
  z.object({
    kind: z.literal("locked"),
    version: z.number(),
    lockedAt: moment,
    lockedBy: z.string(),
    published: z.number().nullable(),
    approved: z.boolean().default(false),
  }),
  z.object({ kind: z.literal("revising"), after: z.number(), published: z.number().nullable() }),
  z.object({ kind: z.literal("published"), version: z.number(), lockedAt: moment, lockedBy: z.string(), approved: z.boolean().default(false) }),
]);

/** POST reopen: the minutes' new state. */
export const reopenedMinutes = z.object({ state: minutesState });

export type MinutesState = z.output<typeof minutesState>;
