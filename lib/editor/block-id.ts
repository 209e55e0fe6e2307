// Stable ids for structured blocks: short, random, and available in every
// browser context (crypto.randomUUID is not, on plain-http LAN addresses).
// A block's id becomes an anchor in the report (`block-<id>`, never the bare
// id, which could shadow a page's globals such as Next's `__next_f`).
const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/** The ids blocks may have: the editor's (12 of ALPHABET) and the carry-over's
 * (a tracked item's cuid, 25). The collaboration server refuses any other. */
export const BLOCK_ID_PATTERN = /^[0-9a-z]{12,32}$/;

export function newBlockId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let id = "";
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}

/** The HTML id (and URL fragment) of a block in a rendered report. */
export function blockAnchor(blockId: string): string {
  return `block-${blockId}`;
}
