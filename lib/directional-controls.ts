// Unicode's directional embeddings, overrides and isolates (U+202A–U+202E,
// U+2066–U+2069). One left open in a name reverses or reorders whatever follows
// it on the same line wherever the name is shown, and nobody needs one to type
// a name, a title or a note: the left-to-right and right-to-left marks
// (U+200E, U+200F) and the zero-width non-joiner that Persian needs are kept.
const DIRECTIONAL_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** First strong isolate and pop directional isolate: plain text's <bdi>. */
const FIRST_STRONG_ISOLATE = "\u2068";
const POP_DIRECTIONAL_ISOLATE = "\u2069";

export function withoutDirectionalControls(text: string): string {
  return text.replace(DIRECTIONAL_CONTROLS, "");
}

/** A user text for plain text where it shares a line with other words (a
 * window title, a tooltip, an option, a Word run): without its own controls,
 * and isolated, so that it reads in its own direction and moves nothing around it. */
export function isolatedText(text: string): string {
  return `${FIRST_STRONG_ISOLATE}${withoutDirectionalControls(text)}${POP_DIRECTIONAL_ISOLATE}`;
}
