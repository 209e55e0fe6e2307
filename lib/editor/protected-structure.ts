// Structure that typing cannot break. The minutes are sections, each its
// heading then its body; a heading is the agenda's or the template's, changed
// only on the server (the organizer's agenda, a rename). In the editor:
// - the document holds sections only (no paragraph outside every section);
// - a local change that would alter any section or heading is refused;
// - typing, Enter and paste in a heading act on the section's body instead
//   (an empty paragraph at its top, made when there is none);
// - a pasted section arrives as its content, its heading as a paragraph.
import { Extension, Node } from "@tiptap/core";
import { Fragment, Slice, type Node as ProseMirrorNode, type ResolvedPos } from "@tiptap/pm/model";
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";

/** The meta y-prosemirror sets on what it applies from Yjs (remote changes, the first render). */
export const Y_SYNC_META = "y-sync$";

/** The document: sections only. */
export const MinutesDocument = Node.create({
  name: "doc",
  topNode: true,
  content: "section+",
});

interface SectionEntry {
  depth: number;
  attrs: string;
  heading: ProseMirrorNode | null;
}

/** Every section, in order, with its depth, attributes and heading. */
function sectionsOf(doc: ProseMirrorNode): SectionEntry[] {
  const entries: SectionEntry[] = [];
  const visit = (parent: ProseMirrorNode, depth: number): void => {
    parent.forEach((child) => {
      if (child.type.name !== "section") return;
      entries.push({ depth, attrs: JSON.stringify(child.attrs), heading: child.firstChild });
      visit(child, depth + 1);
    });
  };
  visit(doc, 0);
  return entries;
}

/** True when both documents have the same sections with the same headings. */
export function sameStructure(before: ProseMirrorNode, after: ProseMirrorNode): boolean {
  const a = sectionsOf(before);
  const b = sectionsOf(after);
  return (
    a.length === b.length &&
    a.every((entry, index) => {
      const other = b[index];
      if (!other || other.depth !== entry.depth || other.attrs !== entry.attrs) return false;
      if (entry.heading === null || other.heading === null) return entry.heading === other.heading;
      return entry.heading.eq(other.heading);
    })
  );
}

/** Where the body of the section starts, when `$pos` is in that section's heading. */
export function bodyStartIfInHeading($pos: ResolvedPos): number | null {
  if ($pos.depth < 2 || $pos.parent.type.name !== "heading") return null;
  const sectionDepth = $pos.depth - 1;
  if ($pos.node(sectionDepth).type.name !== "section" || $pos.index(sectionDepth) !== 0) return null;
  return $pos.after();
}

/** Puts the cursor at the top of the section's body: into its first block when
 * that is an empty paragraph, else into a new empty paragraph made there. */
export function moveIntoBody(tr: Transaction, bodyStart: number): Transaction {
  const first = tr.doc.nodeAt(bodyStart);
  if (!(first && first.type.name === "paragraph" && first.content.size === 0)) {
    const paragraph = tr.doc.type.schema.nodes.paragraph;
    if (!paragraph) return tr;
    tr.insert(bodyStart, paragraph.create());
  }
  return tr.setSelection(TextSelection.create(tr.doc, bodyStart + 1)).scrollIntoView();
}

/** The body start when the whole selection is inside one section heading. */
function selectionInHeading(state: EditorState): number | null {
  const { $from, $to } = state.selection;
  const start = bodyStartIfInHeading($from);
  return start !== null && bodyStartIfInHeading($to) === start ? start : null;
}

/** A pasted section arrives as its body, its heading as a paragraph. */
function unwrapSections(fragment: Fragment, paragraph: ProseMirrorNode["type"] | undefined): Fragment {
  const nodes: ProseMirrorNode[] = [];
  fragment.forEach((node) => {
    if (node.type.name === "section") {
      node.forEach((child, _offset, index) => {
        if (index === 0 && child.type.name === "heading" && paragraph) nodes.push(paragraph.create(null, child.content));
        else nodes.push(...unwrapSections(Fragment.from(child), paragraph).content);
      });
      return;
    }
    nodes.push(node.isLeaf || node.isTextblock ? node : node.copy(unwrapSections(node.content, paragraph)));
  });
  return Fragment.fromArray(nodes);
}

/** Keys that type something: a character, or an input method composing one. */
function typesSomething(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return event.key.length === 1 || event.key === "Process" || event.key === "Unidentified" || event.keyCode === 229;
}

function redirect(view: EditorView, bodyStart: number): Transaction {
  return moveIntoBody(view.state.tr, bodyStart);
}

export const ProtectedStructure = Extension.create({
  name: "protectedStructure",
  // Before the block keys and the lists' own Enter.
  priority: 1100,
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("protectedStructure"),
        filterTransaction(tr, state) {
          if (!tr.docChanged || tr.getMeta(Y_SYNC_META) !== undefined) return true;
          return sameStructure(state.doc, tr.doc);
        },
        props: {
          handleKeyDown(view, event) {
            const bodyStart = selectionInHeading(view.state);
            if (bodyStart === null) return false;
            if (event.key === "Enter") {
              view.dispatch(redirect(view, bodyStart));
              return true;
            }
            if (event.key === "Backspace" || event.key === "Delete") return true;
            // Moved before the browser types, so that what it types (composed or
            // not) lands in the body.
            if (typesSomething(event)) view.dispatch(redirect(view, bodyStart));
            return false;
          },
          handleTextInput(view, from, _to, text) {
            const bodyStart = bodyStartIfInHeading(view.state.doc.resolve(from));
            if (bodyStart === null) return false;
            view.dispatch(redirect(view, bodyStart).insertText(text));
            return true;
          },
          handlePaste(view, _event, slice) {
            const bodyStart = selectionInHeading(view.state);
            if (bodyStart === null) return false;
            view.dispatch(redirect(view, bodyStart).replaceSelection(slice));
            return true;
          },
          transformPasted(slice, view) {
            const paragraph = view.state.schema.nodes.paragraph;
            const content = unwrapSections(slice.content, paragraph);
            return content.eq(slice.content) ? slice : new Slice(content, 0, 0);
          },
        },
      }),
    ];
  },
});
