// New structured blocks, and where they go: a block put "at the cursor" takes
// the place of an empty paragraph, or follows the paragraph, heading or block
// the cursor is in, at the level of its section. Framework-free: the browser
// editor runs these inside its commands.
import type { JSONContent } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { NodeSelection, TextSelection, type Transaction } from "@tiptap/pm/state";
import { newBlockId } from "./block-id";

export const INSERTABLE_BLOCKS = ["qaItem", "proposal", "resolution", "followUp"] as const;
export type InsertableBlock = (typeof INSERTABLE_BLOCKS)[number];

/** Nodes whose children are the blocks a new block is put between. */
const CONTAINERS = new Set(["doc", "section"]);

/** An empty block of the kind, with a fresh id. */
export function newBlockJson(kind: InsertableBlock): JSONContent {
  const id = newBlockId();
  switch (kind) {
    case "qaItem":
      return {
        type: "qaItem",
        attrs: { id, askedBy: "", answeredBy: "", deferred: false },
        content: [{ type: "qaQuestion" }, { type: "qaAnswer" }],
      };
    case "proposal":
      return { type: "proposal", attrs: { id, categoryId: null } };
    case "resolution":
      return {
        type: "resolution",
        attrs: { id, responsibleBody: "", due: null, status: "routed", votesFor: null, votesAgainst: null, votesAbstain: null },
      };
    case "followUp":
      return { type: "followUp", attrs: { id, responsibleBody: "", due: null, status: "routed" } };
  }
}

/** A speaker stamp for `speaker` at the instant `at`. */
export function speakerStampJson(speaker: string, at: Date): JSONContent {
  return { type: "speakerStamp", attrs: { speaker, at: at.toISOString() } };
}

/** Puts `block` at the transaction's selection (see the top of this file) and
 * the cursor in its first text. False, changing nothing, when it cannot go there. */
export function insertBlock(tr: Transaction, block: ProseMirrorNode): boolean {
  const { selection } = tr;
  let from: number;
  let to: number;
  if (selection instanceof NodeSelection && selection.node.isBlock) {
    from = to = selection.to;
  } else {
    const $from = selection.$from;
    let depth = $from.depth;
    while (depth > 1 && !CONTAINERS.has($from.node(depth - 1).type.name)) depth -= 1;
    if (depth === 0) {
      from = to = $from.pos;
    } else {
      const node = $from.node(depth);
      const emptyParagraph = node.type.name === "paragraph" && node.content.size === 0;
      from = emptyParagraph ? $from.before(depth) : $from.after(depth);
      to = emptyParagraph ? $from.after(depth) : from;
    }
  }
  const $at = tr.doc.resolve(from);
  const index = $at.index();
  const endIndex = to === from ? index : index + 1;
  if (!$at.parent.canReplaceWith(index, endIndex, block.type)) return false;
  tr.replaceWith(from, to, block);
  tr.setSelection(TextSelection.near(tr.doc.resolve(from + 1)));
  tr.scrollIntoView();
  return true;
}

/** Moves the cursor from a Q&A item's question to the start of its answer. */
export function moveToAnswer(tr: Transaction): boolean {
  const { $head } = tr.selection;
  if ($head.parent.type.name !== "qaQuestion") return false;
  const answerStart = $head.after() + 1;
  if (tr.doc.resolve(answerStart).parent.type.name !== "qaAnswer") return false;
  tr.setSelection(TextSelection.create(tr.doc, answerStart));
  return true;
}

/** Leaves the structured block the cursor is in for a new empty paragraph after it. */
export function exitBlockBelow(tr: Transaction, blockTypes: readonly string[]): boolean {
  const { $head } = tr.selection;
  for (let depth = $head.depth; depth > 0; depth -= 1) {
    if (!blockTypes.includes($head.node(depth).type.name)) continue;
    const after = $head.after(depth);
    const paragraph = tr.doc.type.schema.nodes.paragraph;
    const $after = tr.doc.resolve(after);
    if (!paragraph || !$after.parent.canReplaceWith($after.index(), $after.index(), paragraph)) return false;
    tr.insert(after, paragraph.create());
    tr.setSelection(TextSelection.create(tr.doc, after + 1));
    tr.scrollIntoView();
    return true;
  }
  return false;
}

/** Turns the empty proposal or follow-up the cursor is in into a paragraph. */
export function emptyBlockToParagraph(tr: Transaction, blockTypes: readonly string[]): boolean {
  const { $head } = tr.selection;
  const node = $head.parent;
  const paragraph = tr.doc.type.schema.nodes.paragraph;
  if (!paragraph || !blockTypes.includes(node.type.name) || node.content.size > 0) return false;
  const before = $head.before();
  tr.replaceWith(before, $head.after(), paragraph.create());
  tr.setSelection(TextSelection.create(tr.doc, before + 1));
  return true;
}
