// A word-level diff of two texts (Myers' O(ND) algorithm), for comparing
// versions of the minutes. Words are split at white space and punctuation; a
// zero-width non-joiner (نیم‌فاصله) belongs to the word it sits in, so "می‌شود"
// is one word.

export type DiffOp = "equal" | "insert" | "delete";

export interface DiffSegment {
  op: DiffOp;
  text: string;
}

// Letters, marks, digits, ZWNJ and ZWJ make words; white space runs and single
// punctuation marks are tokens of their own.
const TOKEN = /[\p{L}\p{M}\p{N}\u200c\u200d]+|\s+|[^\p{L}\p{M}\p{N}\u200c\u200d\s]/gu;

/** Beyond this many edits the texts have little in common: show one as replaced by the other. */
const MAX_EDITS = 2_000;

export function tokenizeWords(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** The edit script turning `a` into `b`: for each step, its kind and the item it keeps, drops or adds. */
export function diffSequences(a: readonly string[], b: readonly string[]): Array<{ op: DiffOp; item: string }> {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const middle = myers(a.slice(start, endA), b.slice(start, endB));
  return [
    ...a.slice(0, start).map((item) => ({ op: "equal" as const, item })),
    ...middle,
    ...a.slice(endA).map((item) => ({ op: "equal" as const, item })),
  ];
}

function myers(a: readonly string[], b: readonly string[]): Array<{ op: DiffOp; item: string }> {
  const n = a.length;
  const m = b.length;
  const replaced = (): Array<{ op: DiffOp; item: string }> => [
    ...a.map((item) => ({ op: "delete" as const, item })),
    ...b.map((item) => ({ op: "insert" as const, item })),
  ];
  if (n === 0 || m === 0) return replaced();
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds v for k in [-(d+1), d+1] as it was before step d.
  const trace: Int32Array[] = [];
  const at = (row: Int32Array, d: number, k: number): number => row[k + d + 1] ?? 0;
  for (let d = 0; d <= max; d += 1) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, d, at);
    }
  }
  return replaced();
}

function backtrack(
  a: readonly string[],
  b: readonly string[],
  trace: readonly Int32Array[],
  last: number,
  at: (row: Int32Array, d: number, k: number) => number,
): Array<{ op: DiffOp; item: string }> {
  const edits: Array<{ op: DiffOp; item: string }> = [];
  let x = a.length;
  let y = b.length;
  for (let d = last; d > 0; d -= 1) {
    const row = trace[d];
    if (!row) break;
    const k = x - y;
    const down = k === -d || (k !== d && at(row, d, k - 1) < at(row, d, k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = at(row, d, previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      edits.push({ op: "equal", item: a[x - 1] ?? "" });
      x -= 1;
      y -= 1;
    }
    if (down) {
      edits.push({ op: "insert", item: b[y - 1] ?? "" });
      y -= 1;
    } else {
      edits.push({ op: "delete", item: a[x - 1] ?? "" });
      x -= 1;
    }
  }
  while (x > 0 && y > 0) {
    edits.push({ op: "equal", item: a[x - 1] ?? "" });
    x -= 1;
    y -= 1;
  }
  return edits.reverse();
}

/** Added, removed and unchanged runs of text, word by word. */
export function diffWords(before: string, after: string): DiffSegment[] {
  const edits = diffSequences(tokenizeWords(before), tokenizeWords(after));
  return groupChanges(edits.map((edit) => ({ op: edit.op, text: edit.item })));
}

/** Joins neighbours of one kind; white space alone between a replacement and
 * the next change joins them, and within each change what was removed comes
 * before what was added. */
function groupChanges(tokens: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  let removed = "";
  let added = "";
  let equal = "";
  const flushChange = (): void => {
    if (removed) out.push({ op: "delete", text: removed });
    if (added) out.push({ op: "insert", text: added });
    removed = "";
    added = "";
  };
  const flushEqual = (): void => {
    if (equal) out.push({ op: "equal", text: equal });
    equal = "";
  };
  tokens.forEach((token, index) => {
    if (token.op === "equal") {
      // Only a replacement absorbs the space: it then reads as one phrase replaced by another.
      const replacing = removed !== "" && added !== "";
      const next = tokens[index + 1];
      if (replacing && next !== undefined && next.op !== "equal" && token.text.trim() === "") {
        removed += token.text;
        added += token.text;
        return;
      }
      flushChange();
      equal += token.text;
      return;
    }
    flushEqual();
    if (token.op === "delete") removed += token.text;
    else added += token.text;
  });
  flushChange();
  flushEqual();
  return out;
}

/** The two sides of a diff: the old text with what was removed, the new with what was added. */
export function sideBySide(segments: readonly DiffSegment[]): { before: DiffSegment[]; after: DiffSegment[] } {
  return {
    before: segments.filter((segment) => segment.op !== "insert"),
    after: segments.filter((segment) => segment.op !== "delete"),
  };
}
