// The comparison of two versions of the minutes (their ProseMirror JSON): a
// word diff of each block's text, blocks paired by their stable ids (sections,
// Q&A items, proposals, resolutions, follow-ups) and by order otherwise, and the
// changes to structured blocks named (an answer, a category, a status, a due
// date, the votes…).
import type { JSONContent } from "@tiptap/core";
import { VOTE_FIELDS, voteCount } from "./editor/resolution-votes";
import { BLOCKS_WITH_IDS } from "./editor/unique-block-ids";
import { diffSequences, diffWords, type DiffSegment } from "./report/word-diff";
import { minutesStatusName } from "./tracker-status";

export { sideBySide, type DiffSegment } from "./report/word-diff";

export type TextField = "title" | "text" | "question" | "askedBy" | "answer" | "answeredBy" | "responsibleBody";

export interface FieldDiff {
  field: TextField;
  changed: boolean;
  segments: DiffSegment[];
}

export interface BlockDiff {
  /** Stable within one comparison: the block's type and id, or its place among blocks without one. */
  key: string;
  id: string | null;
  /** The node type: section, qaItem, proposal, resolution, followUp, or the type of a block without an id. */
  type: string;
  status: "unchanged" | "changed" | "added" | "removed";
  /** Whether it sits elsewhere than before (another parent, or another place among its siblings). */
  moved: boolean;
  fields: FieldDiff[];
}

interface Change<Kind extends string, Value> {
  kind: Kind;
  blockId: string;
  before: Value;
  after: Value;
}

export type VersionChange =
  | Change<"qaAnswerChanged", string>
  | Change<"qaDeferredChanged", boolean>
  | Change<"proposalCategoryChanged", string | null>
  | Change<"followUpStatusChanged" | "resolutionStatusChanged", string>
  | Change<"followUpDueChanged" | "resolutionDueChanged", string | null>
  | Change<"followUpResponsibleBodyChanged" | "resolutionResponsibleBodyChanged", string>
  /** The votes for, against and abstaining (null: not counted). */
  | Change<"resolutionVotesChanged", VoteCounts>
  | { kind: "blockAdded" | "blockRemoved"; blockId: string | null; blockType: string; text: string }
  | { kind: "blockMoved"; blockId: string | null; blockType: string };

export type VoteCounts = [number | null, number | null, number | null];

export interface VersionComparison {
  /** The blocks in the newer version's order, removed ones where they were. */
  blocks: BlockDiff[];
  /** The named changes, in the same order. */
  changes: VersionChange[];
}

interface VersionBlock {
  key: string;
  id: string | null;
  type: string;
  parent: string | null;
  text: Partial<Record<TextField, string>>;
  attrs: { categoryId?: string | null; status?: string; due?: string | null; deferred?: boolean; votes?: VoteCounts };
}

const str = (value: unknown): string => (typeof value === "string" ? value : "");

const isIdBlock = (node: JSONContent): boolean => BLOCKS_WITH_IDS.includes(node.type ?? "");

/** A node's text, without the text of the structured blocks inside it (they are blocks of their own). */
function ownText(node: JSONContent): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  if (node.type === "speakerStamp") return `[${str(node.attrs?.speaker)}] `;
  const children = (node.content ?? []).filter((child) => !isIdBlock(child));
  const inline = children.every((child) => child.type === "text" || child.type === "hardBreak" || child.type === "speakerStamp");
  return children
    .map(ownText)
    .filter((text) => inline || text !== "")
    .join(inline ? "" : "\n")
    .trim();
}

function readBlock(node: JSONContent, key: string, id: string | null, parent: string | null): VersionBlock {
  const type = node.type ?? "";
  const block: VersionBlock = { key, id, type, parent, text: {}, attrs: {} };
  const children = node.content ?? [];
  switch (type) {
    case "section": {
      const [heading, ...body] = children;
      block.text = { title: heading ? ownText(heading) : "", text: ownText({ type: "section", content: body }) };
      break;
    }
    case "qaItem": {
      const question = children.find((child) => child.type === "qaQuestion");
      const answer = children.find((child) => child.type === "qaAnswer");
      block.text = {
        question: question ? ownText(question) : "",
        askedBy: str(node.attrs?.askedBy),
        answer: answer ? ownText(answer) : "",
        answeredBy: str(node.attrs?.answeredBy),
      };
      block.attrs = { deferred: node.attrs?.deferred === true };
      break;
    }
    case "proposal":
      block.text = { text: ownText(node) };
      block.attrs = { categoryId: str(node.attrs?.categoryId) || null };
      break;
    case "followUp":
    case "resolution":
      block.text = { text: ownText(node), responsibleBody: str(node.attrs?.responsibleBody) };
      // In the tracker's words: an older word and the status it stood for are one.
      block.attrs = { due: str(node.attrs?.due) || null, status: minutesStatusName(str(node.attrs?.status)) };
      if (type === "resolution") block.attrs.votes = VOTE_FIELDS.map((field) => voteCount(node.attrs?.[field])) as VoteCounts;
      break;
    default:
      block.text = { text: ownText(node) };
  }
  return block;
}

/** The blocks of a document in order, each with its parent block's key. */
function flatten(doc: JSONContent): VersionBlock[] {
  const blocks: VersionBlock[] = [];
  const taken = new Set<string>();
  const unnamed = new Map<string, number>();
  const orderKey = (parent: string | null): string => {
    const scope = parent ?? "doc";
    const index = unnamed.get(scope) ?? 0;
    unnamed.set(scope, index + 1);
    return `${scope}/${index}`;
  };
  const descend = (node: JSONContent, parent: string | null): void => {
    for (const child of node.content ?? []) {
      if (isIdBlock(child)) visit(child, parent);
      else descend(child, parent);
    }
  };
  const visit = (node: JSONContent, parent: string | null): void => {
    const id = str(node.attrs?.id);
    const idKey = `${node.type ?? ""}:${id}`;
    // A block without an id, or a second block with the same id, is paired by order.
    const named = id !== "" && !taken.has(idKey);
    const key = named ? idKey : orderKey(parent);
    taken.add(key);
    blocks.push(readBlock(node, key, named ? id : null, parent));
    descend(node, key);
  };
  for (const child of doc.content ?? []) {
    if (isIdBlock(child)) {
      visit(child, null);
    } else {
      const key = orderKey(null);
      blocks.push(readBlock(child, key, null, null));
      descend(child, key);
    }
  }
  return blocks;
}

function fieldDiffs(before: VersionBlock | undefined, after: VersionBlock | undefined): FieldDiff[] {
  const fields = Object.keys({ ...before?.text, ...after?.text }) as TextField[];
  return fields.map((field) => {
    const old = before?.text[field] ?? "";
    const current = after?.text[field] ?? "";
    const segments = old === current ? (old ? [{ op: "equal" as const, text: old }] : []) : diffWords(old, current);
    return { field, changed: old !== current, segments };
  });
}

/** The keys of matched blocks that moved: to another parent, or out of order among their siblings. */
function movedKeys(before: VersionBlock[], after: VersionBlock[]): Set<string> {
  const oldByKey = new Map(before.map((block) => [block.key, block]));
  const moved = new Set<string>();
  const siblings = (blocks: VersionBlock[], parent: string | null, other: Map<string, VersionBlock>): string[] =>
    blocks.filter((block) => block.parent === parent && other.get(block.key)?.parent === parent).map((block) => block.key);
  const newByKey = new Map(after.map((block) => [block.key, block]));
  for (const block of after) {
    const old = oldByKey.get(block.key);
    if (old && old.parent !== block.parent) moved.add(block.key);
  }
  for (const parent of new Set(after.map((block) => block.parent))) {
    const edits = diffSequences(siblings(before, parent, newByKey), siblings(after, parent, oldByKey));
    for (const edit of edits) if (edit.op === "insert") moved.add(edit.item);
  }
  return moved;
}

function namedChanges(before: VersionBlock, after: VersionBlock): VersionChange[] {
  const blockId = after.id ?? after.key;
  const changes: VersionChange[] = [];
  const a = before.attrs;
  const b = after.attrs;
  if (after.type === "qaItem") {
    if (before.text.answer !== after.text.answer) {
      changes.push({ kind: "qaAnswerChanged", blockId, before: before.text.answer ?? "", after: after.text.answer ?? "" });
    }
    if (a.deferred !== b.deferred) changes.push({ kind: "qaDeferredChanged", blockId, before: a.deferred === true, after: b.deferred === true });
  }
  if (after.type === "proposal" && a.categoryId !== b.categoryId) {
    changes.push({ kind: "proposalCategoryChanged", blockId, before: a.categoryId ?? null, after: b.categoryId ?? null });
  }
  if (after.type === "followUp" || after.type === "resolution") {
    const kind = after.type === "resolution" ? "resolution" : "followUp";
    if (a.status !== b.status) changes.push({ kind: `${kind}StatusChanged`, blockId, before: a.status ?? "", after: b.status ?? "" });
    if (a.due !== b.due) changes.push({ kind: `${kind}DueChanged`, blockId, before: a.due ?? null, after: b.due ?? null });
    const votes = (counts: VoteCounts | undefined): VoteCounts => counts ?? [null, null, null];
    if (kind === "resolution" && votes(a.votes).join() !== votes(b.votes).join()) {
      changes.push({ kind: "resolutionVotesChanged", blockId, before: votes(a.votes), after: votes(b.votes) });
    }
    if (before.text.responsibleBody !== after.text.responsibleBody) {
      changes.push({
        kind: `${kind}ResponsibleBodyChanged`,
        blockId,
        before: before.text.responsibleBody ?? "",
        after: after.text.responsibleBody ?? "",
      });
    }
  }
  return changes;
}

const blockText = (block: VersionBlock): string => Object.values(block.text).filter(Boolean).join("\n");

export function compareVersions(before: JSONContent, after: JSONContent): VersionComparison {
  const oldBlocks = flatten(before);
  const newBlocks = flatten(after);
  const oldByKey = new Map(oldBlocks.map((block) => [block.key, block]));
  const newKeys = new Set(newBlocks.map((block) => block.key));
  const moved = movedKeys(oldBlocks, newBlocks);

  // Removed blocks are shown after the last block before them that is still there.
  const removedAfter = new Map<string | null, VersionBlock[]>();
  let anchor: string | null = null;
  for (const block of oldBlocks) {
    if (newKeys.has(block.key)) anchor = block.key;
    else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), block]);
  }

  const comparison: VersionComparison = { blocks: [], changes: [] };
  const addRemoved = (key: string | null): void => {
    for (const block of removedAfter.get(key) ?? []) {
      comparison.blocks.push({ key: block.key, id: block.id, type: block.type, status: "removed", moved: false, fields: fieldDiffs(block, undefined) });
      // A block inside a removed block goes with it: only the outer one is named.
      if (block.parent === null || newKeys.has(block.parent)) {
        comparison.changes.push({ kind: "blockRemoved", blockId: block.id, blockType: block.type, text: blockText(block) });
      }
    }
  };
  addRemoved(null);
  for (const block of newBlocks) {
    const old = oldByKey.get(block.key);
    if (!old) {
      comparison.blocks.push({ key: block.key, id: block.id, type: block.type, status: "added", moved: false, fields: fieldDiffs(undefined, block) });
      if (block.parent === null || oldByKey.has(block.parent)) {
        comparison.changes.push({ kind: "blockAdded", blockId: block.id, blockType: block.type, text: blockText(block) });
      }
      continue;
    }
    const fields = fieldDiffs(old, block);
    const named = namedChanges(old, block);
    const isMoved = moved.has(block.key);
    const changed = named.length > 0 || fields.some((field) => field.changed);
    comparison.blocks.push({ key: block.key, id: block.id, type: block.type, status: changed ? "changed" : "unchanged", moved: isMoved, fields });
    if (isMoved) comparison.changes.push({ kind: "blockMoved", blockId: block.id, blockType: block.type });
    comparison.changes.push(...named);
    addRemoved(block.key);
  }
  return comparison;
}
