// Where a comment thread sits in the minutes: two Yjs relative positions into
// the minutes fragment, resolved against a state of the document (the live
// minutes or a version) to the words between them. The minutes are read as one
// stream of characters in document order, with a line break between blocks, so
// that positions inside text and positions between blocks compare alike.
import * as Y from "yjs";
import { MINUTES_FRAGMENT } from "@/lib/editor/extensions";

export interface AnchorRange {
  /** Characters of the stream before the start: the thread's place in document order. */
  from: number;
  to: number;
  /** The words between the two positions now. */
  text: string;
}

/** Offsets in the character stream of each text's characters and each element's children. */
interface StreamIndex {
  text: string;
  /** For a Y.XmlText: the stream offset of its first character. */
  textStart: Map<object, number>;
  /** For an element or the fragment: the stream offset before each child, and at its end. */
  childStart: Map<object, number[]>;
}

function indexStream(fragment: Y.XmlFragment): StreamIndex {
  const index: StreamIndex = { text: "", textStart: new Map(), childStart: new Map() };
  const visit = (parent: Y.XmlFragment | Y.XmlElement): void => {
    const starts: number[] = [];
    for (const child of parent.toArray()) {
      starts.push(index.text.length);
      if (child instanceof Y.XmlText) {
        index.textStart.set(child, index.text.length);
        index.text += plainText(child);
      } else if (child instanceof Y.XmlElement) {
        if (index.text.length > 0 && !index.text.endsWith("\n")) index.text += "\n";
        visit(child);
      }
    }
    starts.push(index.text.length);
    index.childStart.set(parent, starts);
  };
  visit(fragment);
  return index;
}

const EMBED = "\ufffc";

/** The characters of a text without its formatting (toString() renders marks as
 * XML); an embedded object counts as one character, as Yjs counts it. */
function plainText(text: Y.XmlText): string {
  const delta = text.toDelta() as Array<{ insert?: unknown }>;
  return delta.map((op) => (typeof op.insert === "string" ? op.insert : EMBED)).join("");
}

interface Nested {
  readonly parent: Nested | null;
}

function insideFragment(type: Nested, fragment: Y.XmlFragment): boolean {
  for (let current: Nested | null = type; current; current = current.parent) {
    if (current === fragment) return true;
  }
  return false;
}

function streamOffset(index: StreamIndex, position: Y.AbsolutePosition): number | null {
  const textStart = index.textStart.get(position.type);
  if (textStart !== undefined) return textStart + position.index;
  const starts = index.childStart.get(position.type);
  return starts?.[position.index] ?? null;
}

export function decodeRelativePosition(bytes: Uint8Array): Y.RelativePosition | null {
  try {
    return Y.decodeRelativePosition(bytes);
  } catch {
    return null;
  }
}

/** The range between two encoded relative positions in `doc`'s minutes, or null
 * when either does not decode or does not point into the minutes. */
export function resolveAnchor(doc: Y.Doc, start: Uint8Array, end: Uint8Array): AnchorRange | null {
  const fragment = doc.getXmlFragment(MINUTES_FRAGMENT);
  const relativeStart = decodeRelativePosition(start);
  const relativeEnd = decodeRelativePosition(end);
  if (!relativeStart || !relativeEnd) return null;
  let absoluteStart: Y.AbsolutePosition | null;
  let absoluteEnd: Y.AbsolutePosition | null;
  try {
    absoluteStart = Y.createAbsolutePositionFromRelativePosition(relativeStart, doc);
    absoluteEnd = Y.createAbsolutePositionFromRelativePosition(relativeEnd, doc);
  } catch {
    return null;
  }
  if (!absoluteStart || !absoluteEnd) return null;
  if (!insideFragment(absoluteStart.type, fragment) || !insideFragment(absoluteEnd.type, fragment)) return null;
  const index = indexStream(fragment);
  const from = streamOffset(index, absoluteStart);
  const to = streamOffset(index, absoluteEnd);
  if (from === null || to === null) return null;
  const stop = Math.max(from, to);
  return { from, to: stop, text: index.text.slice(from, stop).replaceAll(EMBED, "") };
}

/** Two quotes are the same words when they differ only in spacing and line breaks. */
export function sameWords(a: string, b: string): boolean {
  const words = (value: string): string => value.normalize("NFC").replace(/[\s\u00a0\u200c]+/g, "");
  return words(a) === words(b);
}

/** A document holding `state` (a Yjs update); the caller destroys it. */
export function docOfState(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}
