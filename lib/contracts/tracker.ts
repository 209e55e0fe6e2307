// What the tracker's routes answer: a series' tracked items (GET
// /api/series/:id/tracker), and one item with its history (GET and PATCH
// /api/tracker/:itemId). The server builds `z.input` of these (Dates), the
// route shapes its answer with them, and the browser reads `z.output` (ISO
// strings); the tracker page reads the same output.
import { z } from "zod";
import { TRACKED_FIELDS, TRACKED_KINDS, TRACKER_STATUSES } from "../tracker-status";
import { moment, person } from "./moment";

const trackerStatus = z.enum(TRACKER_STATUSES);
const named = z.object({ id: z.string(), name: z.string() });

/** One change in an item's history. */
export const trackedItemEvent = z.object({
  id: z.string(),
  by: person.nullable(),
  /** Who proposed it in the minutes of a later meeting; `by` accepted it. */
  proposedBy: person.nullable(),
  /** What changed: the status (from → to), or another field (fromValue → toValue). */
  field: z.enum(TRACKED_FIELDS),
  fromValue: z.string(),
  toValue: z.string(),
  at: moment,
  from: trackerStatus.nullable(),
  to: trackerStatus,
  note: z.string(),
  evidence: z.string(),
  evidenceLink: z.string(),
  versionNumber: z.number().nullable(),
});

export const trackedItem = z.object({
  id: z.string(),
  seriesId: z.string(),
  meeting: z.object({ id: z.string(), title: z.string(), startsAt: moment }),
  versionNumber: z.number(),
  sourceBlockId: z.string(),
  /** The item's place in the report of the version it was last locked in. */
  link: z.string(),
  kind: z.enum(TRACKED_KINDS),
  text: z.string(),
  category: named.nullable(),
  responsibleBody: named.nullable(),
  /** Gregorian ISO day, and the same day in Jalali as it is typed. */
  due: z.string().nullable(),
  dueJalali: z.string(),
  overdue: z.boolean(),
  status: trackerStatus,
  withdrawnInVersion: z.number().nullable(),
  /** Oldest change first; in a list only when asked for (the tracker page). */
  history: z.array(trackedItemEvent).optional(),
});

/** GET and PATCH /api/tracker/:itemId: the item, always with its history. */
export const trackedItemWithHistory = trackedItem.extend({ history: z.array(trackedItemEvent) });

export const trackerList = z.object({
  series: z.object({ id: z.string(), title: z.string() }),
  items: z.array(trackedItem),
});

export type TrackedItemEvent = z.output<typeof trackedItemEvent>;
export type TrackedItem = z.output<typeof trackedItem>;
export type TrackedItemWithHistory = z.output<typeof trackedItemWithHistory>;
export type TrackerList = z.output<typeof trackerList>;
