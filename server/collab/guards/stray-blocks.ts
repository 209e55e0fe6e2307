// Minutes stored before the document was sections only can hold blocks outside
// every section: an empty paragraph that the browser's editor appended after
// the last section on opening, and whatever was typed into it. Today's editor
// cannot show such a block (the schema has no place for it), so it would be
// lost at the next edit. When such minutes are loaded, the server gathers every
// non-empty one, in order, into an "Other notes" section at the end, and drops
// the empty ones: once, as a change of the server's own, stored like any other.
import * as Y from "yjs";
import { MINUTES_FRAGMENT } from "@/lib/editor/extensions";
import { section } from "@/lib/editor/initial-minutes";
import { elementsFor } from "../meeting-bridge/agenda-sections";

function isSection(node: Y.XmlElement | Y.XmlText | Y.XmlHook): boolean {
  return node instanceof Y.XmlElement && node.nodeName === "section";
}

function isEmpty(node: Y.XmlElement | Y.XmlText | Y.XmlHook): boolean {
  if (node instanceof Y.XmlText) return node.length === 0;
  if (node instanceof Y.XmlElement) return node.toArray().every(isEmpty);
  return false;
}

/** Gathers the blocks outside every section (see above); returns how many were moved or dropped. */
export function gatherStrayBlocks(doc: Y.Doc, otherHeading: string): number {
  const fragment = doc.getXmlFragment(MINUTES_FRAGMENT);
  const nodes = fragment.toArray();
  const stray = nodes.map((node, index) => ({ node, index })).filter(({ node }) => !isSection(node));
  if (stray.length === 0) return 0;
  // A hook (not made by the minutes' editor) has no text to keep.
  const kept = stray
    .map(({ node }) => node)
    .filter((node): node is Y.XmlElement | Y.XmlText => !(node instanceof Y.XmlHook) && !isEmpty(node))
    .map((node) => node.clone());
  doc.transact(() => {
    for (const { index } of [...stray].reverse()) fragment.delete(index, 1);
    if (kept.length === 0) return;
    const [other] = elementsFor([section("other", otherHeading, [])]);
    if (!other) return;
    // The heading, then what was outside (in place of the template's empty paragraph).
    other.delete(1, other.length - 1);
    other.insert(1, kept);
    fragment.insert(fragment.length, [other]);
  });
  return stray.length;
}
