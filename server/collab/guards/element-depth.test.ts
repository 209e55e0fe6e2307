import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { elementsNestTooDeep, MAX_ELEMENT_DEPTH } from "./element-depth";

/** Nests `levels` XML elements inside the innermost element of `doc`'s fragment "f"; returns the innermost. */
function nestElements(doc: Y.Doc, levels: number): Y.XmlElement | Y.XmlFragment {
  let inner: Y.XmlElement | Y.XmlFragment = doc.getXmlFragment("f");
  for (let first = inner.get(0); first instanceof Y.XmlElement; first = inner.get(0)) inner = first;
  for (let level = 0; level < levels; level += 1) {
    const child = new Y.XmlElement("div");
    inner.insert(0, [child]);
    inner = child;
  }
  return inner;
}

/** What `change` adds to `client` (which holds everything `server` holds), decoded. */
function updateOf(server: Y.Doc, client: Y.Doc, change: () => void): ReturnType<typeof Y.decodeUpdate> {
  const before = Y.encodeStateVector(server);
  change();
  return Y.decodeUpdate(Y.encodeStateAsUpdate(client, before));
}

function pair(): { server: Y.Doc; client: Y.Doc } {
  return { server: new Y.Doc(), client: new Y.Doc() };
}

const sync = (from: Y.Doc, to: Y.Doc): void => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

describe("elementsNestTooDeep", () => {
  it("lets through the minutes' kind of content", () => {
    const { server, client } = pair();
    const update = updateOf(server, client, () => {
      const list = new Y.XmlElement("bulletList");
      const item = new Y.XmlElement("listItem");
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [new Y.XmlText("point")]);
      item.insert(0, [paragraph]);
      list.insert(0, [item]);
      client.getXmlFragment("default").insert(0, [list]);
      client.getMap("meta").set("nested", new Y.Map());
      client.getText("t").insert(0, "plain typing");
    });
    expect(elementsNestTooDeep(server, update)).toBe(false);
  });

  it(`takes types ${MAX_ELEMENT_DEPTH} deep (the root type is 1), and refuses one deeper, in one update`, () => {
    const { server, client } = pair();
    expect(elementsNestTooDeep(server, updateOf(server, client, () => nestElements(client, MAX_ELEMENT_DEPTH - 1)))).toBe(false);
    const other = pair();
    expect(elementsNestTooDeep(other.server, updateOf(other.server, other.client, () => nestElements(other.client, MAX_ELEMENT_DEPTH)))).toBe(true);
  });

  it("counts the depth the server's copy already holds, when the nesting grows update by update", () => {
    const { server, client } = pair();
    nestElements(client, MAX_ELEMENT_DEPTH - 2);
    sync(client, server);
    expect(elementsNestTooDeep(server, updateOf(server, client, () => nestElements(client, 1)))).toBe(false);
    sync(client, server);
    expect(elementsNestTooDeep(server, updateOf(server, client, () => nestElements(client, 1)))).toBe(true);
  });

  it("finds the depth of an element placed beside another one (its parent left out of the update)", () => {
    const { server, client } = pair();
    const innermost = nestElements(client, MAX_ELEMENT_DEPTH - 1);
    innermost.insert(0, [new Y.XmlText("first child")]);
    sync(client, server);
    // Inserted after the text, the new element names the text as its origin, not its parent.
    const update = updateOf(server, client, () => innermost.insert(1, [new Y.XmlElement("p")]));
    const [item] = update.structs;
    expect(item instanceof Y.Item && item.parent === null).toBe(true);
    expect(elementsNestTooDeep(server, update)).toBe(true);
    sync(client, server);
  });

  it("refuses a chain far deeper than the limit", () => {
    const { server, client } = pair();
    expect(elementsNestTooDeep(server, updateOf(server, client, () => client.transact(() => nestElements(client, 3_000))))).toBe(true);
  });
});
