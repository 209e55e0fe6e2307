// The least of a TipTap editor that y-tiptap's binding uses, over the real
// minutes schema: a state, dispatch and focus, bound to a Y.Doc the way the
// Collaboration extension binds it. For tests of the binding without a browser.
import { getSchema } from "@tiptap/core";
import { EditorState, type Plugin, type Transaction } from "@tiptap/pm/state";
import { prosemirrorJSONToYDoc, ySyncPlugin, ySyncPluginKey } from "@tiptap/y-tiptap";
import type * as Y from "yjs";
import { MINUTES_FRAGMENT, minutesExtensions } from "@/lib/editor/extensions";

export const minutesSchema = getSchema(minutesExtensions());

export interface MiniView {
  state: EditorState;
  dispatch(tr: Transaction): void;
  hasFocus(): boolean;
}

export interface Binding {
  initView(view: MiniView): void;
  _forceRerender(): void;
  _prosemirrorChanged(doc: EditorState["doc"]): void;
}

/** A Y.Doc holding minutes of one Q&A section with one paragraph of `text`. */
export function qaMinutesDoc(text: string, sectionId: string): Y.Doc {
  return prosemirrorJSONToYDoc(
    minutesSchema,
    {
      type: "doc",
      content: [
        {
          type: "section",
          attrs: { id: sectionId, kind: "qa", topicId: null },
          content: [
            { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "پرسش و پاسخ" }] },
            { type: "paragraph", content: [{ type: "text", text }] },
          ],
        },
      ],
    },
    MINUTES_FRAGMENT,
  );
}

/** One person's editor bound to `doc` (with `extraPlugins` after the sync plugin). */
export function openMiniEditor(doc: Y.Doc, options: { focused: boolean; extraPlugins?: Plugin[] }): { view: MiniView; binding: Binding } {
  const plugins = [ySyncPlugin(doc.getXmlFragment(MINUTES_FRAGMENT)), ...(options.extraPlugins ?? [])];
  const view: MiniView = {
    state: EditorState.create({ schema: minutesSchema, plugins }),
    dispatch(tr) {
      view.state = view.state.apply(tr);
    },
    hasFocus: () => options.focused,
  };
  const binding = (ySyncPluginKey.getState(view.state) as { binding: Binding }).binding;
  binding.initView(view);
  binding._forceRerender();
  return { view, binding };
}
