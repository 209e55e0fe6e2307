// Whether a presence cursor (y-tiptap's `{ anchor, head }`, two Yjs relative
// positions as JSON) can be placed in a document. Every editor resolves every
// remote cursor on each change of presence, and one that does not decode
// (no position, a negative or fractional clock, a type that does not exist)
// made them all throw; the server passes such a cursor on as no cursor.
import * as Y from "yjs";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isCount = (value: unknown): boolean => typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
const isId = (value: unknown): boolean => isRecord(value) && isCount(value.client) && isCount(value.clock);
const isAbsent = (value: unknown): boolean => value === undefined || value === null;

/** A relative position as JSON that decodes in `doc` without throwing, and names nothing it lacks. */
function decodes(json: unknown, doc: Y.Doc): boolean {
  if (!isRecord(json)) return false;
  const { item, type, tname, assoc } = json;
  if (!isAbsent(item) && !isId(item)) return false;
  if (!isAbsent(type) && !isId(type)) return false;
  // A name the document lacks would create that shared type in every editor's document.
  if (!isAbsent(tname) && (typeof tname !== "string" || !doc.share.has(tname))) return false;
  if (!isAbsent(assoc) && !Number.isSafeInteger(assoc)) return false;
  if (isAbsent(item) && isAbsent(type) && isAbsent(tname)) return false;
  try {
    // null (an item this server has not seen yet, or one collected) is placed nowhere, harmlessly.
    Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(json), doc);
    return true;
  } catch {
    return false;
  }
}

/** Whether every editor can place this cursor in `doc`, or ignore it without error. */
export function isPlaceableCursor(cursor: unknown, doc: Y.Doc): boolean {
  return isRecord(cursor) && decodes(cursor.anchor, doc) && decodes(cursor.head, doc);
}
