// What the browser keeps of a writer's edits that the server has not yet
// acknowledged (components/minutes-editor/offline-store.ts keeps them in
// IndexedDB): whose and which meeting's they are, what becomes of them when the
// minutes are opened again, and the words they typed, for copying.
import * as Y from "yjs";
import { z } from "zod";

/** One store per meeting, user and open tab: `<prefix><tab>`. */
export function keptEditsStorePrefix(meetingId: string, userId: string): string {
  return `kateb-minutes:${meetingId}:${userId}:`;
}

export const keptEditsMetaSchema = z.object({
  meetingId: z.string().min(1),
  userId: z.string().min(1),
  /** Local edits the server has not acknowledged. */
  edits: z.number().int().min(0),
  /** Per Yjs client id (decimal): its first clock the server has not acknowledged. */
  from: z.record(z.string().regex(/^\d{1,10}$/), z.number().int().min(0)),
  /** The newest version of the minutes when the edits were made (null: none yet). */
  baseVersion: z.number().int().positive().nullable(),
});
export type KeptEditsMeta = z.infer<typeof keptEditsMetaSchema>;

/** What the server says as the minutes open (the collaboration ticket). */
export interface OpeningFacts {
  meetingId: string;
  userId: string;
  canEdit: boolean;
  locked: boolean;
  /** The newest version's number, null before the first lock. */
  version: number | null;
}

export type SetAsideReason = "locked" | "revised" | "read-only";

export type KeptEditsFate =
  /** Not this user's or not this meeting's, or unreadable: never loaded. */
  | { kind: "foreign" }
  /** Everything in it was acknowledged: nothing waits. */
  | { kind: "saved" }
  /** Loaded into the minutes before they connect, and sent with the first sync. */
  | { kind: "restore" }
  /** Not sent: the minutes moved on (or the user may not write); shown, for copying. */
  | { kind: "set-aside"; reason: SetAsideReason; version: number | null };

export function fateOfKeptEdits(meta: unknown, facts: OpeningFacts): KeptEditsFate {
  const parsed = keptEditsMetaSchema.safeParse(meta);
  if (!parsed.success) return { kind: "foreign" };
  const kept = parsed.data;
  if (kept.meetingId !== facts.meetingId || kept.userId !== facts.userId) return { kind: "foreign" };
  if (kept.edits === 0) return { kind: "saved" };
  if (facts.locked) return { kind: "set-aside", reason: "locked", version: facts.version };
  // Locked and reopened since: the edits were typed against minutes that are now
  // a version without them; merging them into the revision would be silent.
  if (facts.version !== kept.baseVersion) return { kind: "set-aside", reason: "revised", version: facts.version };
  if (!facts.canEdit) return { kind: "set-aside", reason: "read-only", version: facts.version };
  return { kind: "restore" };
}

/** Edits that were kept and not sent, as the browser shows them until the user removes them. */
export const setAsideEditsSchema = z.object({
  id: z.string().min(1).max(64),
  reason: z.enum(["locked", "revised", "read-only"]),
  version: z.number().int().positive().nullable(),
  edits: z.number().int().min(1),
  /** What they typed, one run of new text a line. */
  text: z.string(),
});
export type SetAsideEdits = z.infer<typeof setAsideEditsSchema>;

/** The text the kept edits typed (items at or past `from` for their client) that
 * is still there and not in `elsewhere` (the state vector of a version, when
 * known: what of the edits reached it is not theirs to copy): each run of it on
 * its own line, in document order. */
export function keptText(
  fragment: Y.XmlFragment,
  from: Readonly<Record<string, number>>,
  elsewhere: ReadonlyMap<number, number> = new Map(),
): string {
  const firstKept: Record<string, number> = {};
  for (const [client, clock] of Object.entries(from)) firstKept[client] = Math.max(clock, elsewhere.get(Number(client)) ?? 0);
  const lines: string[] = [];
  const visit = (node: Y.XmlElement | Y.XmlText | Y.XmlHook | Y.XmlFragment): void => {
    if (node instanceof Y.XmlText) {
      lines.push(...keptRuns(node, firstKept));
      return;
    }
    if (node instanceof Y.XmlElement || node instanceof Y.XmlFragment) {
      for (const child of node.toArray()) visit(child);
    }
  };
  visit(fragment);
  return lines.join("\n");
}

function keptRuns(text: Y.XmlText, from: Readonly<Record<string, number>>): string[] {
  const runs: string[] = [];
  let run = "";
  const endRun = (): void => {
    if (run.trim()) runs.push(run.trim());
    run = "";
  };
  for (let item = text._start; item !== null; item = item.right) {
    // Formatting marks take no room in the text: they neither add nor break a run.
    if (item.deleted || !item.countable) continue;
    const first = from[String(item.id.client)];
    const kept = item.content instanceof Y.ContentString && first !== undefined && item.id.clock + item.length > first;
    if (!kept) {
      endRun();
      continue;
    }
    // An item may hold acknowledged characters before the kept ones (Yjs merges
    // a client's consecutive characters into one item).
    const offset = Math.max(0, first - item.id.clock);
    if (offset > 0) endRun();
    run += (item.content as Y.ContentString).str.slice(offset);
  }
  endRun();
  return runs;
}
