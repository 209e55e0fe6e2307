// Another person's cursor that the editor cannot place. @tiptap/y-tiptap 3.0.9
// resolves every remote cursor on each change of presence, and one whose
// positions do not decode threw there: every transaction of every editor in
// the meeting failed. Kateb's patch (patches/@tiptap+y-tiptap+3.0.9.patch)
// skips such a cursor; the server does not pass one on either
// (collab-awareness-cursor.test.ts), but an editor must not depend on it.
import type { DecorationSet } from "@tiptap/pm/view";
import { yCursorPlugin, yCursorPluginKey } from "@tiptap/y-tiptap";
import { afterEach, describe, expect, it } from "vitest";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { MINUTES_FRAGMENT } from "@/lib/editor/extensions";
import { openMiniEditor, qaMinutesDoc, type MiniView } from "@/tests/helpers/mini-editor";

const opened: Awareness[] = [];
afterEach(() => {
  for (const awareness of opened.splice(0)) awareness.destroy();
});

/** An editor on the minutes with the cursor plugin, as CollaborationCaret adds it. */
function openEditor(): { view: MiniView; doc: Y.Doc; awareness: Awareness } {
  const doc = qaMinutesDoc("abcdef", "k3v9q0z2m1ab");
  const awareness = new Awareness(doc);
  opened.push(awareness);
  const { view } = openMiniEditor(doc, { focused: false, extraPlugins: [yCursorPlugin(awareness)] });
  return { view, doc, awareness };
}

/** Another person's presence arriving, then the editor redrawing the cursors as it does on every presence change. */
function remoteCursor(editor: { view: MiniView; awareness: Awareness }, cursor: unknown): DecorationSet {
  const remote = new Awareness(new Y.Doc());
  opened.push(remote);
  remote.setLocalState({ user: { name: "بیننده", color: "#0f766e" }, cursor });
  applyAwarenessUpdate(editor.awareness, encodeAwarenessUpdate(remote, [remote.clientID]), "remote");
  editor.view.dispatch(editor.view.state.tr.setMeta(yCursorPluginKey, { awarenessUpdated: true }));
  return yCursorPluginKey.getState(editor.view.state) as DecorationSet;
}

function position(doc: Y.Doc, index: number): unknown {
  const walker = doc.getXmlFragment(MINUTES_FRAGMENT).createTreeWalker((node) => node instanceof Y.XmlText && node.toString() === "abcdef");
  const text = walker.next().value;
  if (!(text instanceof Y.XmlText)) throw new Error("no paragraph text");
  return Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, index));
}

const unplaceable: Array<[string, unknown]> = [
  ["has no positions", {}],
  ["has null positions", { anchor: null, head: null }],
  ["has positions that name nothing", { anchor: {}, head: {} }],
  ["has an item with a negative clock", { anchor: { item: { client: 1, clock: -1 } }, head: { item: { client: 1, clock: -1 } } }],
];

describe("another person's cursor", () => {
  it("is drawn where its positions decode", () => {
    const editor = openEditor();
    const decorations = remoteCursor(editor, { anchor: position(editor.doc, 1), head: position(editor.doc, 3) });
    expect(decorations.find().length).toBe(2);
  });

  it.each(unplaceable)("is ignored, and the editor goes on, when it %s", (_what, cursor) => {
    const editor = openEditor();
    expect(remoteCursor(editor, cursor).find()).toEqual([]);
    // The editor still takes its own changes.
    editor.view.dispatch(editor.view.state.tr.insertText("!", 5));
    expect(editor.view.state.doc.textContent).toContain("!");
  });
});
