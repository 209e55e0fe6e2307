import { getSchema, type JSONContent } from "@tiptap/core";
import { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { EditorState } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { BLOCK_ID_PATTERN } from "./block-id";
import { minutesExtensions } from "./extensions";
import { uniqueBlockIdsPlugin } from "./unique-block-ids";

const schema = getSchema(minutesExtensions());

const proposal = (id: string): JSONContent => ({ type: "proposal", attrs: { id, categoryId: null }, content: [{ type: "text", text: "پیشنهاد" }] });

const DOC: JSONContent = {
  type: "doc",
  content: [
    {
      type: "section",
      attrs: { id: "k3v9q0z2m1ab", kind: "proposals" },
      content: [{ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Proposals" }] }, proposal("a1b2c3d4e5f6")],
    },
  ],
};

/** The proposals' ids after a local edit puts `block` at the end of the section. */
function idsAfterPasting(block: JSONContent): string[] {
  const state = EditorState.create({ doc: ProseMirrorNode.fromJSON(schema, DOC), plugins: [uniqueBlockIdsPlugin()] });
  const section = state.doc.child(0);
  const { state: next } = state.applyTransaction(state.tr.insert(section.nodeSize - 1, ProseMirrorNode.fromJSON(schema, block)));
  const ids: string[] = [];
  next.doc.descendants((node) => {
    if (node.type.name === "proposal") ids.push(String(node.attrs.id));
    return true;
  });
  return ids;
}

describe("unique block ids", () => {
  it("gives a pasted copy of a block a fresh id; the first keeps its own", () => {
    const ids = idsAfterPasting(proposal("a1b2c3d4e5f6"));
    expect(ids[0]).toBe("a1b2c3d4e5f6");
    expect(ids[1]).not.toBe("a1b2c3d4e5f6");
    expect(ids[1]).toMatch(BLOCK_ID_PATTERN);
  });

  it("gives a pasted block whose id is not the editor's kind (`__next_f`) a fresh one, which the server accepts", () => {
    const ids = idsAfterPasting(proposal("__next_f"));
    expect(ids).toHaveLength(2);
    expect(ids[1]).not.toBe("__next_f");
    for (const id of ids) expect(id).toMatch(BLOCK_ID_PATTERN);
  });
});
