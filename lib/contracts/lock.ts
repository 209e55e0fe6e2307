// What the lock route answers: before the lock (GET), the changes the minutes
// propose to tracked items, each with who typed it; after it (POST), the new
// version's summary and what the lock did in the tracker.
import { z } from "zod";
import { moment, person } from "./moment";
import { TRACKED_FIELDS } from "../tracker-status";
import { versionSummary } from "./versions";

export const proposedChange = z.object({
  /** Stands for this exact change: what the organizer accepts. */
  key: z.string(),
  itemId: z.string(),
  itemText: z.string(),
  /** The meeting the item came from (this one for its own items). */
  meeting: z.object({ title: z.string(), startsAt: moment }),
  /** An earlier meeting's item (carried), or this meeting's own. */
  carried: z.boolean(),
  field: z.enum(TRACKED_FIELDS),
  /** Status: a tracker status; due: an ISO day or ""; body, category: a name or ""; text: the text. */
  from: z.string(),
  to: z.string(),
  /** Null when not known (a removal, or typed before authors were recorded). */
  proposedBy: person.nullable(),
});

export const proposedChanges = z.object({ changes: z.array(proposedChange) });

/** What a lock did in the series' tracker. */
export const trackerSync = z.object({
  /** New items tracked. */
  created: z.number(),
  /** Changes the minutes proposed to tracked items; of them, those the
   * organizer accepted; of those, the ones applied (an item changed meanwhile
   * keeps its value). */
  proposed: z.number(),
  accepted: z.number(),
  applied: z.number(),
});

/** POST lock (201): the new version, and what the lock did in the tracker. */
export const lockedVersion = versionSummary.extend({ tracker: trackerSync });

export type ProposedChange = z.output<typeof proposedChange>;
export type LockedVersion = z.output<typeof lockedVersion>;
