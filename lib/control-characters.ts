// Control characters nobody types: C0 but tab, line feed and carriage return,
// and DEL. PostgreSQL refuses U+0000 in text, a stray one breaks a CSV cell or
// a Word file, and none shows anything. Dropped from every text people type
// (lib/validation/fields.ts) and from the minutes' texts that become stored
// fields (a tracked item's text and body).
const CONTROL_CHARACTERS = new RegExp("[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]", "g");

export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, "");
}
