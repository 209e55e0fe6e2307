// Stable ids for structured blocks: short, random, and available in every
// browser context (crypto.randomUUID is not, on plain-http LAN addresses).
const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

export function newBlockId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let id = "";
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
