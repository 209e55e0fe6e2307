// Tells the others which section this user's cursor is in: the enclosing
// section's title goes into the awareness state as `sectionTitle`, at most
// every THROTTLE_MS, and only once the user has put the cursor somewhere.
import type { Editor } from "@tiptap/react";
import { useEffect } from "react";
import type { Awareness } from "y-protocols/awareness";
import { sectionTitleAt } from "@/lib/editor/current-section";

const THROTTLE_MS = 300;

export function useSectionPresence(editor: Editor | null, awareness: Awareness): void {
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let placed = false;
    let last: string | null = null;
    const publish = (): void => {
      timer = undefined;
      if (editor.isDestroyed) return;
      const title = sectionTitleAt(editor.state.doc, editor.state.selection.head);
      if (title === last) return;
      last = title;
      awareness.setLocalStateField("sectionTitle", title);
    };
    const schedule = (): void => {
      if (!placed || timer !== undefined) return;
      timer = setTimeout(publish, THROTTLE_MS);
    };
    const onPlaced = (): void => {
      placed = true;
      schedule();
    };
    editor.on("focus", onPlaced);
    editor.on("selectionUpdate", schedule);
    // The section's title itself may be edited, here or by someone else.
    editor.on("update", schedule);
    return () => {
      clearTimeout(timer);
      editor.off("focus", onPlaced);
      editor.off("selectionUpdate", schedule);
      editor.off("update", schedule);
    };
  }, [editor, awareness]);
}
