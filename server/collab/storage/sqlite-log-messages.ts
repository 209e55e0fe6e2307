// What sqlite-update-log.ts and its worker thread (sqlite-log-worker.ts) say to each other.
import type { AppendItem, StoredDocument } from "./update-log";

/** Appended updates in one buffer, handed over to the worker rather than copied:
 * posting the updates themselves would copy the whole buffer each one is a view
 * of (often a socket read's). */
export interface PackedBatch {
  docNames: string[];
  authorIds: Array<string | null>;
  claims: Array<readonly number[]>;
  /** Where each update ends in `bytes`. */
  ends: number[];
  bytes: Uint8Array;
}

/** The batch, and the buffer to hand over with it. */
export function packBatch(items: AppendItem[]): { batch: PackedBatch; buffer: ArrayBuffer } {
  let total = 0;
  for (const item of items) total += item.update.byteLength;
  const buffer = new ArrayBuffer(total);
  const bytes = new Uint8Array(buffer);
  const ends: number[] = [];
  let offset = 0;
  for (const item of items) {
    bytes.set(item.update, offset);
    offset += item.update.byteLength;
    ends.push(offset);
  }
  const batch = {
    docNames: items.map((item) => item.docName),
    authorIds: items.map((item) => item.authorId),
    claims: items.map((item) => item.claims),
    ends,
    bytes,
  };
  return { batch, buffer };
}

export function unpackBatch({ docNames, authorIds, claims, ends, bytes }: PackedBatch): AppendItem[] {
  return docNames.map((docName, index) => ({
    docName,
    authorId: authorIds[index] ?? null,
    claims: claims[index] ?? [],
    update: bytes.subarray(ends[index - 1] ?? 0, ends[index] ?? 0),
  }));
}

export type LogRequest =
  | { id: number; op: "load"; name: string }
  | { id: number; op: "create"; name: string; snapshot: Uint8Array }
  | { id: number; op: "append"; batch: PackedBatch }
  | { id: number; op: "compact"; name: string; snapshot: Uint8Array }
  | { id: number; op: "move" }
  | { id: number; op: "close" };

export type LogResult = StoredDocument | number | null;

export type LogReply =
  | { id: number; ok: true; result: LogResult }
  | { id: number; ok: false; message: string; code: string | undefined };
