// Which section of the minutes a position is in, by its title: what presence
// shows beside each note-taker's name.
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";

/** The longest section title presence passes on. */
export const SECTION_TITLE_MAX = 120;

/** The title (its heading's text) of the innermost section around `pos`, or
 * null outside every section. */
export function sectionTitleAt(doc: ProseMirrorNode, pos: number): string | null {
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    const node = $pos.node(depth);
    if (node.type.name !== "section") continue;
    const heading = node.firstChild;
    const title = heading ? heading.textContent.replace(/\s+/g, " ").trim() : "";
    return title ? title.slice(0, SECTION_TITLE_MAX) : null;
  }
  return null;
}
