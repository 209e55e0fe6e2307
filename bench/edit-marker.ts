// Every benchmark edit inserts a marker naming its writer, its number and the
// moment it was sent, so a receiver can tell which edit arrived and how late.
// All clients run in the load generator's process: one clock for all.
import { performance } from "node:perf_hooks";
import type * as Y from "yjs";

export const BENCH_TEXT = "bench";

export interface EditMarker {
  writer: number;
  seq: number;
  sentAt: number;
}

export function editMarker(writer: number, seq: number): string {
  return `[${writer}:${seq}:${performance.now().toFixed(3)}]`;
}

const MARKER = /\[(\d+):(\d+):(\d+\.\d+)\]/g;

/** Calls `onEdit` for every marker that reaches `doc`'s text, local or remote, as it arrives. */
export function observeEdits(doc: Y.Doc, onEdit: (marker: EditMarker, receivedAt: number) => void): void {
  doc.getText(BENCH_TEXT).observe((event) => {
    const receivedAt = performance.now();
    for (const op of event.delta) {
      if (typeof op.insert !== "string") continue;
      for (const match of op.insert.matchAll(MARKER)) {
        onEdit({ writer: Number(match[1]), seq: Number(match[2]), sentAt: Number(match[3]) }, receivedAt);
      }
    }
  });
}
