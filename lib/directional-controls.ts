// Unicode's directional embeddings, overrides and isolates (U+202A–U+202E,
// U+2066–U+2069). One left open in a name reverses or reorders whatever follows
// it on the same line wherever the name is shown, and nobody needs one to type
// a name, a title or a note: the left-to-right and right-to-left marks
// (U+200E, U+200F) and the zero-width non-joiner that Persian needs are kept.
const DIRECTIONAL_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

export function withoutDirectionalControls(text: string): string {
  return text.replace(DIRECTIONAL_CONTROLS, "");
}
