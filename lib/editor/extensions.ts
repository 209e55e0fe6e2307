// The one list of TipTap extensions that defines the minutes' schema: used by
// the browser editor and by the server (initial content, readings, reports).
import type { AnyExtension } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { AutoDirection } from "./auto-direction";

/** The Y.XmlFragment that holds the minutes inside the document. */
export const MINUTES_FRAGMENT = "default";

export function minutesExtensions(): AnyExtension[] {
  // History is collaborative (per user) in Yjs; StarterKit's own undo would fight it.
  return [StarterKit.configure({ undoRedo: false }), AutoDirection];
}
