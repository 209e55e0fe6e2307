// A toolbar button that acts on the minutes must not take the focus from the
// editor when pressed with the mouse: the editor keeps its focus and its DOM
// selection, so the command's new cursor (inside an inserted block, say) is
// where the next key goes. Otherwise the editor got its focus back a frame
// later, and keys typed in between landed at the old cursor (in a heading).
import type { MouseEvent } from "react";

export function keepEditorFocus(event: MouseEvent<HTMLButtonElement>): void {
  event.preventDefault();
}
