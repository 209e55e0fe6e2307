// What a client's update may not do to the minutes' structure. The minutes
// (the `default` XML fragment of a meeting's document) are sections, each its
// heading then its body; sections and their headings come from the server (the
// template, the organizer's agenda). Kateb's editor refuses such changes
// locally; a stock client that sends one is refused here, before anything is
// applied or stored:
// - "outside-sections": anything put at the top level that is not a section
//   (a paragraph outside every section would be missing from the report);
// - "section": a new section, a section's attributes, a section deleted, or
//   anything put before a section's heading;
// - "heading": a section heading's text, marks or attributes changed, or the
//   heading deleted;
// - "block-id": a structured block (proposal, Q&A, follow-up) given an id that
//   is not one the editor or the carry-over makes (ids become report anchors).
// The update's dependencies are checked first (update-dependencies.ts), so
// every item it builds on is in the document or in the update itself.
import * as Y from "yjs";
import { BLOCK_ID_PATTERN } from "@/lib/editor/block-id";
import { MINUTES_FRAGMENT } from "@/lib/editor/extensions";
import { BLOCKS_WITH_IDS } from "@/lib/editor/unique-block-ids";
import { IncomingItems, storedItem } from "./element-depth";

export type StructureViolation = "outside-sections" | "section" | "heading" | "block-id";

type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/** An item's parent: another item (incoming or stored), a root type's name, or unknown. */
type Parent = { item: Y.Item } | { root: string } | null;

function elementName(item: Y.Item): string | null {
  const { content } = item;
  return content instanceof Y.ContentType && content.type instanceof Y.XmlElement ? content.type.nodeName : null;
}

/** Whether an attribute item's content is one block id as the editor makes them. */
function isBlockId(content: Y.Item["content"]): boolean {
  if (!(content instanceof Y.ContentAny) || content.arr.length !== 1) return false;
  const [value] = content.arr;
  return typeof value === "string" && BLOCK_ID_PATTERN.test(value);
}

/** The first child of a stored type that is not deleted. */
function firstLiveChild(type: Y.XmlElement): Y.Item | null {
  for (let item = type._start; item !== null; item = item.right) if (!item.deleted) return item;
  return null;
}

/** A stored item that is a section's heading: the section's first live child. */
function isProtectedHeading(item: Y.Item): boolean {
  if (elementName(item) !== "heading") return false;
  const parent = item.parent;
  if (!(parent instanceof Y.XmlElement) || parent.nodeName !== "section") return false;
  return firstLiveChild(parent) === item;
}

export function structureViolation(doc: Y.Doc, { structs, ds }: DecodedUpdate): StructureViolation | null {
  const incoming = new IncomingItems(structs);
  const fromIncoming = new Set<Y.Item>(structs.filter((struct): struct is Y.Item => struct instanceof Y.Item));
  /** Each item's parent, and the attribute it sets (null: a child, not an attribute). */
  const parents = new Map<Y.Item, { parent: Parent; sub: string | null }>();

  const placeOf = (start: Y.Item): { parent: Parent; sub: string | null } => {
    // Walked without recursion: a run of typed characters names only its neighbour,
    // and an item next to another leaves out the parent (and the attribute) they share.
    const chain: Y.Item[] = [];
    let item: Y.Item | undefined = start;
    let found: { parent: Parent; sub: string | null } = { parent: null, sub: null };
    while (item) {
      const known = parents.get(item);
      if (known !== undefined) {
        found = known;
        break;
      }
      chain.push(item);
      const { parent, parentSub: sub } = item;
      if (typeof parent === "string") {
        found = { parent: { root: parent }, sub };
        break;
      }
      if (parent instanceof Y.ID) {
        const owner = incoming.find(parent) ?? storedItem(doc, parent);
        found = { parent: owner ? { item: owner } : null, sub };
        break;
      }
      if (parent instanceof Y.AbstractType) {
        const owner: Y.Item | null = parent._item;
        found = { parent: owner ? { item: owner } : { root: Y.findRootTypeKey(parent) }, sub };
        break;
      }
      const neighbour: Y.ID | null = item.origin ?? item.rightOrigin;
      const next: Y.Item | undefined = neighbour ? (incoming.find(neighbour) ?? storedItem(doc, neighbour)) : undefined;
      if (next === undefined || chain.includes(next)) break;
      item = next;
    }
    for (const link of chain) parents.set(link, found);
    return found;
  };
  const parentOf = (item: Y.Item): Parent => placeOf(item).parent;

  /** The violation of putting `item` where it goes, or of being inside a protected heading. */
  const placementViolation = (item: Y.Item): StructureViolation | null => {
    if (item.content instanceof Y.ContentDeleted) return null;
    const { parent, sub } = placeOf(item);
    if (parent === null) return null;
    const name = elementName(item);
    if (name === "section") return "section";
    if ("root" in parent) {
      if (parent.root !== MINUTES_FRAGMENT) return null;
      return "outside-sections";
    }
    const parentName = elementName(parent.item);
    if (sub === "id" && parentName !== null && BLOCKS_WITH_IDS.includes(parentName) && !isBlockId(item.content)) return "block-id";
    if (parentName === "section" && !fromIncoming.has(parent.item)) {
      if (sub !== null) return "section";
      if (item.origin === null) return "section";
    }
    // Inside a section's heading, however deep (its text, the text's marks).
    let ancestor: Parent = parent;
    for (let steps = 0; ancestor !== null && "item" in ancestor && steps < 128; steps += 1) {
      if (!fromIncoming.has(ancestor.item) && isProtectedHeading(ancestor.item)) return "heading";
      ancestor = parentOf(ancestor.item);
    }
    return null;
  };

  for (const item of fromIncoming) {
    const violation = placementViolation(item);
    if (violation) return violation;
  }
  return deletionViolation(doc, ds);
}

/** The violation of deleting what the update deletes: a section, a heading or its content. */
function deletionViolation(doc: Y.Doc, ds: DecodedUpdate["ds"]): StructureViolation | null {
  for (const [client, ranges] of ds.clients) {
    const structs = doc.store.clients.get(client);
    if (!structs) continue;
    const known = Y.getState(doc.store, client);
    for (const range of ranges) {
      if (range.clock >= known) continue;
      let index = Y.findIndexSS(structs, range.clock);
      for (; index < structs.length; index += 1) {
        const struct = structs[index];
        if (!struct || struct.id.clock >= range.clock + range.len) break;
        if (!(struct instanceof Y.Item) || struct.deleted) continue;
        if (elementName(struct) === "section") return "section";
        for (let item: Y.Item | null = struct; item !== null; item = item.parent instanceof Y.AbstractType ? item.parent._item : null) {
          if (isProtectedHeading(item)) return "heading";
        }
      }
    }
  }
  return null;
}
