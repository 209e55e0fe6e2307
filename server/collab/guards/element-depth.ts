// How deeply Yjs types (XML elements, maps, arrays, texts) nest inside each
// other. Deleting a type, and every client's rendering of it, recurse through
// what it contains, so a chain of types nested deeper than a stack allows would
// break the server's copy and every client; the minutes nest elements a few
// levels deep, so the server refuses an update that would take any type deeper
// than MAX_ELEMENT_DEPTH (a root type is at depth 1). Values are bounded
// separately (value-depth.ts). An update only builds on what the server's copy
// or the update itself holds (update-dependencies.ts is checked first).
import * as Y from "yjs";

export const MAX_ELEMENT_DEPTH = 64;

type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/** Where an item sits: how many types enclose it. */
type Step = { kind: "depth"; value: number } | { kind: "inside"; item: Y.Item } | { kind: "beside"; item: Y.Item };

/** True when applying the update to `doc` would create a type deeper than `max`. */
export function elementsNestTooDeep(doc: Y.Doc, { structs }: DecodedUpdate, max = MAX_ELEMENT_DEPTH): boolean {
  if (!structs.some((struct) => struct instanceof Y.Item && struct.content instanceof Y.ContentType)) return false;
  const incoming = new IncomingItems(structs);
  /** The number of types enclosing each item of the update, once known. */
  const enclosing = new Map<Y.Item, number>();

  /** The next step up from an item of the update towards its root type. */
  const stepFrom = (item: Y.Item): Step => {
    const { parent } = item;
    if (typeof parent === "string") return { kind: "depth", value: 1 };
    if (parent instanceof Y.ID) return inside(parent);
    // Parent left out: it is the parent of the item next to it.
    const neighbour = item.origin ?? item.rightOrigin;
    if (neighbour === null) return { kind: "depth", value: 0 };
    const found = incoming.find(neighbour);
    if (found) return { kind: "beside", item: found };
    return { kind: "depth", value: storedEnclosing(doc, neighbour) };
  };
  const inside = (id: Y.ID): Step => {
    const found = incoming.find(id);
    if (found) return { kind: "inside", item: found };
    const stored = storedItem(doc, id);
    return { kind: "depth", value: stored && stored.content instanceof Y.ContentType ? enclosingOf(stored) + 1 : 0 };
  };

  /** How many types enclose `start`, walked without recursion; Infinity for a cycle. */
  const enclosingCount = (start: Y.Item): number => {
    // Each item on the way up, and whether it is one type deeper than the next one up.
    const path: Array<{ item: Y.Item; up: number }> = [];
    const seen = new Set<Y.Item>();
    let item = start;
    let value: number;
    for (;;) {
      const known = enclosing.get(item);
      if (known !== undefined) {
        value = known;
        break;
      }
      if (seen.has(item)) return Infinity;
      seen.add(item);
      const step = stepFrom(item);
      if (step.kind === "depth") {
        value = step.value;
        enclosing.set(item, value);
        break;
      }
      path.push({ item, up: step.kind === "inside" ? 1 : 0 });
      item = step.item;
    }
    for (let index = path.length - 1; index >= 0; index -= 1) {
      const entry = path[index];
      if (!entry) continue;
      value += entry.up;
      enclosing.set(entry.item, value);
    }
    return value;
  };

  for (const struct of structs) {
    if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentType)) continue;
    if (enclosingCount(struct) + 1 > max) return true;
  }
  return false;
}

/** The update's own items, found by any id they cover. */
export class IncomingItems {
  private readonly byClient = new Map<number, Y.Item[]>();

  constructor(structs: Array<Y.Item | Y.GC | Y.Skip>) {
    for (const struct of structs) {
      if (!(struct instanceof Y.Item)) continue;
      const list = this.byClient.get(struct.id.client);
      if (list) list.push(struct);
      else this.byClient.set(struct.id.client, [struct]);
    }
  }

  find(id: Y.ID): Y.Item | undefined {
    const list = this.byClient.get(id.client);
    if (!list) return undefined;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const item = list[middle];
      if (!item) return undefined;
      if (id.clock < item.id.clock) high = middle - 1;
      else if (id.clock >= item.id.clock + item.length) low = middle + 1;
      else return item;
    }
    return undefined;
  }
}

/** The item of `doc` that covers `id`, if `doc` holds it as an item. */
export function storedItem(doc: Y.Doc, id: Y.ID): Y.Item | undefined {
  if (id.clock >= Y.getState(doc.store, id.client)) return undefined;
  const struct = Y.getItem(doc.store, id);
  return struct instanceof Y.Item ? struct : undefined;
}

/** How many types enclose the item of `doc` that covers `id` (0 if it is gone). */
function storedEnclosing(doc: Y.Doc, id: Y.ID): number {
  const item = storedItem(doc, id);
  return item ? enclosingOf(item) : 0;
}

/** How many types enclose an item integrated in a document. */
function enclosingOf(item: Y.Item): number {
  let depth = 0;
  let parent: unknown = item.parent;
  while (parent instanceof Y.AbstractType) {
    depth += 1;
    const parentItem: Y.Item | null = (parent as Y.AbstractType<unknown>)._item;
    parent = parentItem ? parentItem.parent : null;
  }
  return depth;
}
