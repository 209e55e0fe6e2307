import { getSchema, type JSONContent } from "@tiptap/core";
import { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { EditorState, NodeSelection, TextSelection } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { emptyBlockToParagraph, exitBlockBelow, insertBlock, moveToAnswer, newBlockJson, speakerStampJson } from "./block-insertion";
import { minutesExtensions } from "./extensions";

const schema = getSchema(minutesExtensions());

const text = (value: string): JSONContent[] => [{ type: "text", text: value }];

// A Q&A section with a paragraph, an empty paragraph and a Q&A item.
const DOC: JSONContent = {
  type: "doc",
  content: [
    {
      type: "section",
      attrs: { id: "s1", kind: "qa" },
      content: [
        { type: "heading", attrs: { level: 2 }, content: text("Q&A") },
        { type: "paragraph", content: text("intro") },
        { type: "paragraph" },
        {
          type: "qaItem",
          attrs: { id: "q1", askedBy: "", answeredBy: "", deferred: false },
          content: [
            { type: "qaQuestion", content: text("why?") },
            { type: "qaAnswer", content: text("because") },
          ],
        },
      ],
    },
  ],
};

/** The state with the cursor `offset` characters into the first text containing `needle`, or in the empty paragraph. */
function stateAt(needle: string | null, offset = 0): EditorState {
  const doc = ProseMirrorNode.fromJSON(schema, DOC);
  let pos = -1;
  doc.descendants((node, at) => {
    if (pos >= 0) return false;
    if (needle === null && node.type.name === "paragraph" && node.content.size === 0) pos = at + 1;
    if (needle !== null && node.isTextblock && node.textContent.includes(needle)) pos = at + 1 + node.textContent.indexOf(needle) + offset;
    return true;
  });
  return EditorState.create({ doc, selection: TextSelection.create(doc, pos) });
}

const childTypes = (state: EditorState): string[] => {
  const types: string[] = [];
  state.doc.firstChild?.forEach((child) => types.push(child.type.name));
  return types;
};

function insert(state: EditorState, kind: Parameters<typeof newBlockJson>[0]): EditorState {
  const tr = state.tr;
  expect(insertBlock(tr, schema.nodeFromJSON(newBlockJson(kind)))).toBe(true);
  return state.apply(tr);
}

describe("newBlockJson", () => {
  it("makes empty blocks with fresh ids and the schema's attributes", () => {
    const a = schema.nodeFromJSON(newBlockJson("qaItem"));
    const b = schema.nodeFromJSON(newBlockJson("qaItem"));
    a.check();
    expect(a.attrs.id).not.toBe(b.attrs.id);
    expect(schema.nodeFromJSON(newBlockJson("followUp")).attrs).toMatchObject({ status: "routed", due: null, responsibleBody: "" });
    expect(schema.nodeFromJSON(newBlockJson("proposal")).attrs).toMatchObject({ categoryId: null });
  });

  it("makes speaker stamps with an ISO instant", () => {
    const stamp = schema.nodeFromJSON(speakerStampJson("Dr. M", new Date("2019-11-16T14:40:00Z")));
    expect(stamp.attrs).toEqual({ speaker: "Dr. M", at: "2019-11-16T14:40:00.000Z" });
  });
});

describe("insertBlock", () => {
  it("replaces the empty paragraph the cursor is in, and puts the cursor in the question", () => {
    const next = insert(stateAt(null), "qaItem");
    expect(childTypes(next)).toEqual(["heading", "paragraph", "qaItem", "qaItem"]);
    expect(next.selection.$head.parent.type.name).toBe("qaQuestion");
  });

  it("goes after the paragraph the cursor is in, even mid-text", () => {
    const next = insert(stateAt("intro", 2), "proposal");
    expect(childTypes(next)).toEqual(["heading", "paragraph", "proposal", "paragraph", "qaItem"]);
    expect(next.doc.firstChild?.child(1).textContent).toBe("intro");
    expect(next.selection.$head.parent.type.name).toBe("proposal");
  });

  it("goes after the section's heading, not inside it", () => {
    const next = insert(stateAt("Q&A"), "followUp");
    expect(childTypes(next)).toEqual(["heading", "followUp", "paragraph", "paragraph", "qaItem"]);
  });

  it("goes after a structured block the cursor is inside", () => {
    const next = insert(stateAt("because"), "qaItem");
    expect(childTypes(next)).toEqual(["heading", "paragraph", "paragraph", "qaItem", "qaItem"]);
    expect(next.doc.firstChild?.child(3).textContent).toBe("why?because");
  });

  it("goes after a selected block", () => {
    const state = stateAt("intro");
    const qaPos = state.doc.firstChild ? 1 + state.doc.firstChild.child(0).nodeSize + state.doc.firstChild.child(1).nodeSize + state.doc.firstChild.child(2).nodeSize : 0;
    const selected = state.apply(state.tr.setSelection(NodeSelection.create(state.doc, qaPos)));
    expect(childTypes(insert(selected, "proposal"))).toEqual(["heading", "paragraph", "paragraph", "qaItem", "proposal"]);
  });
});

describe("moving about in blocks", () => {
  it("moves from a question to its answer", () => {
    const state = stateAt("why?", 4);
    const tr = state.tr;
    expect(moveToAnswer(tr)).toBe(true);
    expect(tr.selection.$head.parent.type.name).toBe("qaAnswer");
    expect(tr.selection.$head.parentOffset).toBe(0);
    expect(moveToAnswer(stateAt("because").tr)).toBe(false);
  });

  it("leaves an answer for a new paragraph below its Q&A item", () => {
    const state = stateAt("because", 7);
    const tr = state.tr;
    expect(exitBlockBelow(tr, ["qaItem"])).toBe(true);
    const next = state.apply(tr);
    expect(childTypes(next)).toEqual(["heading", "paragraph", "paragraph", "qaItem", "paragraph"]);
    expect(next.selection.$head.parent.type.name).toBe("paragraph");
  });

  it("turns an empty proposal into a paragraph, and leaves a written one alone", () => {
    const withProposal = insert(stateAt("intro"), "proposal");
    const tr = withProposal.tr;
    expect(emptyBlockToParagraph(tr, ["proposal", "followUp"])).toBe(true);
    expect(childTypes(withProposal.apply(tr))).toEqual(["heading", "paragraph", "paragraph", "paragraph", "qaItem"]);
    const written = withProposal.apply(withProposal.tr.insertText("x"));
    expect(emptyBlockToParagraph(written.tr, ["proposal", "followUp"])).toBe(false);
  });
});
