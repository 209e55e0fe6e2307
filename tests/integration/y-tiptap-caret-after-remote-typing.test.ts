// The caret of the person who is not typing, after someone else's keystrokes
// arrive in the same paragraph. @tiptap/y-tiptap 3.0.9 (and 3.3.0) "recovers"
// the caret by the paragraph's old offset whenever the paragraph's text
// changed, so a remote character inserted before the caret put it one
// character too early, and the next key landed before the previous one (each
// person's words came out reversed when two typed at one spot). Kateb keeps a
// patch (patches/@tiptap+y-tiptap+3.0.9.patch): while the Yjs position still
// lies in a type that exists, Yjs's resolution wins. These tests drive the real
// ProsemirrorBinding with the minutes' schema; they fail without the patch.
import { TextSelection } from "@tiptap/pm/state";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { openMiniEditor, qaMinutesDoc, type Binding, type MiniView } from "@/tests/helpers/mini-editor";

/** One person's editor bound to `doc`, the way the Collaboration extension binds it. */
function openEditor(doc: Y.Doc): MiniView {
  return openMiniEditor(doc, { focused: true }).view;
}

/** Types `text` at the caret as ProseMirror would, and hands the change to Yjs. */
function type(view: MiniView, text: string): void {
  const tr = view.state.tr.insertText(text);
  view.dispatch(tr);
  const binding = (ySyncPluginKey.getState(view.state) as { binding: Binding }).binding;
  binding._prosemirrorChanged(view.state.doc);
}

function paragraphEnd(view: MiniView, text: string): number {
  let at = -1;
  view.state.doc.descendants((node, pos) => {
    if (node.type.name === "paragraph" && node.textContent === text) at = pos + 1 + node.content.size;
    return at < 0;
  });
  if (at < 0) throw new Error(`no paragraph "${text}"`);
  return at;
}

function twoPeople(clientIds: [number, number]): { ali: Y.Doc; maryam: Y.Doc; sync: () => void } {
  const ali = qaMinutesDoc("abc", "s1");
  ali.clientID = clientIds[0];
  const maryam = new Y.Doc();
  maryam.clientID = clientIds[1];
  const sync = (): void => {
    Y.applyUpdate(maryam, Y.encodeStateAsUpdate(ali, Y.encodeStateVector(maryam)));
    Y.applyUpdate(ali, Y.encodeStateAsUpdate(maryam, Y.encodeStateVector(ali)));
  };
  sync();
  return { ali, maryam, sync };
}

describe("the caret after someone else types in the same paragraph", () => {
  it("stays after the person's own last character when the other's character lands before it", () => {
    // Maryam's id is the smaller: Yjs puts her concurrent character first.
    const { ali, maryam } = twoPeople([200, 100]);
    const aliView = openEditor(ali);
    const maryamView = openEditor(maryam);
    const end = paragraphEnd(aliView, "abc");
    aliView.dispatch(aliView.state.tr.setSelection(TextSelection.create(aliView.state.doc, end)));
    maryamView.dispatch(maryamView.state.tr.setSelection(TextSelection.create(maryamView.state.doc, end)));

    type(aliView, "M");
    type(maryamView, "X");
    // Maryam's keystroke reaches Ali.
    Y.applyUpdate(ali, Y.encodeStateAsUpdate(maryam, Y.encodeStateVector(ali)));
    expect(aliView.state.doc.textBetween(0, aliView.state.doc.content.size, "|")).toContain("abcXM");
    // Ali's caret is still right after his "M", so his next key follows it.
    type(aliView, "a");
    expect(aliView.state.doc.textBetween(0, aliView.state.doc.content.size, "|")).toContain("abcXMa");
  });

  it("keeps its place when the other types earlier in the paragraph", () => {
    const { ali, maryam } = twoPeople([1, 2]);
    const aliView = openEditor(ali);
    const maryamView = openEditor(maryam);
    const end = paragraphEnd(aliView, "abc");
    aliView.dispatch(aliView.state.tr.setSelection(TextSelection.create(aliView.state.doc, end)));
    maryamView.dispatch(maryamView.state.tr.setSelection(TextSelection.create(maryamView.state.doc, end - 3)));

    type(maryamView, "Z");
    Y.applyUpdate(ali, Y.encodeStateAsUpdate(maryam, Y.encodeStateVector(ali)));
    type(aliView, "!");
    expect(aliView.state.doc.textBetween(0, aliView.state.doc.content.size, "|")).toContain("Zabc!");
  });
});
