// While this person composes a word in the editor, the others' changes wait
// (see remote-change-hold.ts). The hold ends once ProseMirror has read the
// committed word: the composition's end, then the task after it.
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";

export interface Holdable {
  hold(): void;
  release(): void;
}

export const HoldWhileComposing = Extension.create<{ hold: Holdable | null }>({
  name: "holdWhileComposing",

  addOptions() {
    return { hold: null };
  },

  addProseMirrorPlugins() {
    const hold = this.options.hold;
    if (!hold) return [];
    let releaseTimer: ReturnType<typeof setTimeout> | undefined;
    const composing = (): boolean => {
      clearTimeout(releaseTimer);
      hold.hold();
      return false;
    };
    return [
      new Plugin({
        key: new PluginKey("holdWhileComposing"),
        props: {
          handleDOMEvents: {
            compositionstart: composing,
            compositionupdate: composing,
            compositionend: (view) => {
              clearTimeout(releaseTimer);
              // ProseMirror reads the committed word in a microtask after this event.
              releaseTimer = setTimeout(() => {
                if (!view.composing) hold.release();
              });
              return false;
            },
          },
        },
        view: () => ({
          destroy: () => {
            clearTimeout(releaseTimer);
            hold.release();
          },
        }),
      }),
    ];
  },
});
