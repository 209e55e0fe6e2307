import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { MAX_VALUE_DEPTH, nestingDepth, nestsTooDeep } from "./value-depth";

const nested = (depth: number): unknown => {
  let value: unknown = "leaf";
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? [value] : { inner: value };
  return value;
};

const updateOf = (change: (doc: Y.Doc) => void): ReturnType<typeof Y.decodeUpdate> => {
  const doc = new Y.Doc();
  change(doc);
  return Y.decodeUpdate(Y.encodeStateAsUpdate(doc));
};

describe("nestingDepth", () => {
  it("counts arrays and objects, not scalars or bytes", () => {
    expect(nestingDepth("text")).toBe(0);
    expect(nestingDepth(null)).toBe(0);
    expect(nestingDepth(new Uint8Array(3))).toBe(0);
    expect(nestingDepth({ a: 1, b: [2, { c: 3 }] })).toBe(3);
    expect(nestingDepth(nested(10))).toBe(10);
  });

  it("stops counting past the limit, without recursion, however deep the value", () => {
    expect(nestingDepth(nested(100_000))).toBe(MAX_VALUE_DEPTH + 1);
  });
});

describe("nestsTooDeep", () => {
  it("lets through the minutes' kind of content", () => {
    expect(
      nestsTooDeep(
        updateOf((doc) => {
          doc.getText("t").insert(0, "bold", { bold: true });
          doc.getMap("m").set("attrs", { id: "b1", level: 2, tags: ["a", "b"] });
          doc.getXmlFragment("f").insert(0, [new Y.XmlElement("heading")]);
          doc.getArray("a").insert(0, [nested(MAX_VALUE_DEPTH)]);
        }),
      ),
    ).toBe(false);
  });

  it.each([
    ["a map value", (doc: Y.Doc) => doc.getMap("m").set("v", nested(MAX_VALUE_DEPTH + 1))],
    ["an array item", (doc: Y.Doc) => doc.getArray("a").insert(0, [nested(200)])],
    ["a text format", (doc: Y.Doc) => doc.getText("t").insert(0, "x", { deep: nested(MAX_VALUE_DEPTH + 1) })],
    ["an element attribute", (doc: Y.Doc) => {
      const element = new Y.XmlElement("p");
      doc.getXmlFragment("f").insert(0, [element]);
      element.setAttribute("a", nested(MAX_VALUE_DEPTH + 1) as string);
    }],
  ])("refuses %s nested deeper than the limit", (_where, change) => {
    expect(nestsTooDeep(updateOf(change))).toBe(true);
  });
});
