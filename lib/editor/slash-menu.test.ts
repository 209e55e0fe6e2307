import { getSchema } from "@tiptap/core";
import { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { EditorState, TextSelection } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { minutesExtensions } from "./extensions";
import { nextSlashState, opensSlashMenu, slashContext, slashMenuKey, slashMenuPlugin, type SlashMenuState } from "./slash-menu";

const schema = getSchema(minutesExtensions());
const ITEMS = ["qaItem", "proposal", "followUp", "speakerStamp"] as const;
const match = (query: string): readonly string[] => ITEMS.filter((item) => item.toLowerCase().includes(query.toLowerCase()));

const plugin = slashMenuPlugin({ match, choose: () => undefined, listboxId: "menu", optionId: (index) => `menu-${index}` });

/** A doc with one section whose body is one paragraph of `text`, cursor at its end. */
function withParagraph(text: string): EditorState {
  const doc = ProseMirrorNode.fromJSON(schema, {
    type: "doc",
    content: [
      {
        type: "section",
        attrs: { id: "s", kind: "other" },
        content: [
          { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Title" }] },
          text ? { type: "paragraph", content: [{ type: "text", text }] } : { type: "paragraph" },
        ],
      },
    ],
  });
  const end = doc.content.size - 2;
  return EditorState.create({ doc, selection: TextSelection.create(doc, end), plugins: [plugin] });
}

/** Types "/" as the plugin would, opening the menu. */
function openMenu(state: EditorState): EditorState {
  const { from } = state.selection;
  return state.apply(state.tr.insertText("/", from).setMeta(slashMenuKey, { type: "open" }));
}

const menu = (state: EditorState): SlashMenuState | undefined => slashMenuKey.getState(state);

describe("opening", () => {
  it("opens only for a / typed into an empty paragraph", () => {
    const empty = withParagraph("");
    expect(opensSlashMenu(empty, empty.selection.from, empty.selection.from, "/")).toBe(true);
    expect(opensSlashMenu(empty, empty.selection.from, empty.selection.from, "x")).toBe(false);
    const written = withParagraph("text");
    expect(opensSlashMenu(written, written.selection.from, written.selection.from, "/")).toBe(false);
  });

  it("is open with every item after the /", () => {
    const state = openMenu(withParagraph(""));
    expect(menu(state)).toMatchObject({ active: true, query: "", index: 0 });
    expect(slashContext(state)).toEqual({ from: menu(state)?.from, query: "" });
  });

  it("stays closed for a / that was typed into text", () => {
    const state = withParagraph("/pro");
    expect(menu(state.apply(state.tr.insertText("p")))?.active).toBe(false);
  });
});

describe("while open", () => {
  it("filters by what is typed after the /, starting again at the first item", () => {
    let state = openMenu(withParagraph(""));
    state = state.apply(state.tr.setMeta(slashMenuKey, { type: "move", by: 1 }));
    expect(menu(state)?.index).toBe(1);
    state = state.apply(state.tr.insertText("f"));
    expect(menu(state)).toMatchObject({ active: true, query: "f", index: 0 });
  });

  it("moves round the list both ways", () => {
    let state = openMenu(withParagraph(""));
    state = state.apply(state.tr.setMeta(slashMenuKey, { type: "move", by: -1 }));
    expect(menu(state)?.index).toBe(3);
    state = state.apply(state.tr.setMeta(slashMenuKey, { type: "move", by: 1 }));
    expect(menu(state)?.index).toBe(0);
  });

  it("closes when nothing matches, when the / is deleted, and when told to", () => {
    const open = openMenu(withParagraph(""));
    expect(menu(open.apply(open.tr.insertText("zz")))?.active).toBe(false);
    const { from } = open.selection;
    expect(menu(open.apply(open.tr.delete(from - 1, from)))?.active).toBe(false);
    expect(menu(open.apply(open.tr.setMeta(slashMenuKey, { type: "close" })))?.active).toBe(false);
  });

  it("closes when the cursor leaves the paragraph", () => {
    const open = openMenu(withParagraph(""));
    expect(menu(open.apply(open.tr.setSelection(TextSelection.create(open.doc, 2))))?.active).toBe(false);
  });

  it("keeps the same state object when nothing changed", () => {
    const open = openMenu(withParagraph(""));
    const previous = menu(open);
    expect(previous && nextSlashState(open.tr, previous, open, match)).toBe(previous);
  });

  it("points the editor at the highlighted option", () => {
    const open = openMenu(withParagraph(""));
    const attributes = plugin.props.attributes;
    expect(typeof attributes === "function" ? attributes.call(plugin, open) : attributes).toEqual({
      "aria-controls": "menu",
      "aria-activedescendant": "menu-0",
    });
  });
});
