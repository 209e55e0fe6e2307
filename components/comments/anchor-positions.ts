// Between the editor's positions and a thread's anchor: a selection becomes
// two Yjs relative positions in the minutes (base64, as the routes take them),
// and an anchor becomes an editor range again — wherever its words have moved,
// in the live minutes or in any version, since versions keep the live items.
import type { EditorState } from "@tiptap/pm/state";
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from "@tiptap/y-tiptap";
import * as Y from "yjs";

/** y-prosemirror's map from Yjs types to the editor's nodes. */
type ProsemirrorMapping = Parameters<typeof absolutePositionToRelativePosition>[2];

interface Binding {
  doc: Y.Doc;
  fragment: Y.XmlFragment;
  mapping: ProsemirrorMapping;
}

export interface EncodedAnchor {
  start: string;
  end: string;
}

/** The Yjs binding of an editor's state, once the editor shows its document. */
function bindingOf(state: EditorState): Binding | null {
  const value: unknown = ySyncPluginKey.getState(state);
  if (typeof value !== "object" || value === null) return null;
  const { type, binding } = value as { type?: unknown; binding?: unknown };
  if (!(type instanceof Y.XmlFragment) || typeof binding !== "object" || binding === null) return null;
  const { mapping } = binding as { mapping?: unknown };
  if (!(mapping instanceof Map) || !type.doc) return null;
  return { doc: type.doc, fragment: type, mapping: mapping as ProsemirrorMapping };
}

function toBase64(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The relative position of `pos`, sticking to the character after it (assoc 0)
 * or before it (assoc -1): a thread's start keeps to its first word, its end to
 * its last, so text typed just outside the words stays outside the thread. */
function relativeAt(binding: Binding, pos: number, assoc: 0 | -1): Y.RelativePosition | null {
  const relative = absolutePositionToRelativePosition(pos, binding.fragment, binding.mapping) as Y.RelativePosition;
  const absolute = Y.createAbsolutePositionFromRelativePosition(relative, binding.doc);
  if (!absolute) return null;
  return Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, assoc);
}

/** The selection as an anchor and its words, or null when nothing is selected. */
export function anchorOfSelection(state: EditorState): { anchor: EncodedAnchor; quote: string } | null {
  const { from, to, empty } = state.selection;
  const quote = state.doc.textBetween(from, to, "\n", " ").trim();
  const binding = bindingOf(state);
  if (empty || !quote || !binding) return null;
  const start = relativeAt(binding, from, 0);
  const end = relativeAt(binding, to, -1);
  if (!start || !end) return null;
  return { anchor: { start: toBase64(Y.encodeRelativePosition(start)), end: toBase64(Y.encodeRelativePosition(end)) }, quote };
}

/** Where an anchor's words are in the editor now; null when they are gone. */
export function rangeOfAnchor(state: EditorState, anchor: EncodedAnchor): { from: number; to: number } | null {
  const binding = bindingOf(state);
  const start = fromBase64(anchor.start);
  const end = fromBase64(anchor.end);
  if (!binding || !start || !end) return null;
  try {
    const from = relativePositionToAbsolutePosition(binding.doc, binding.fragment, Y.decodeRelativePosition(start), binding.mapping);
    const to = relativePositionToAbsolutePosition(binding.doc, binding.fragment, Y.decodeRelativePosition(end), binding.mapping);
    if (from === null || to === null || to <= from || to > state.doc.content.size) return null;
    if (!state.doc.textBetween(from, to, "\n", " ").trim()) return null;
    return { from, to };
  } catch {
    return null;
  }
}
