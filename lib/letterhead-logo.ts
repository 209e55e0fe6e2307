// What a letterhead's logo may be, read from its bytes and never from the name
// or type the browser claims: a PNG or a JPEG (what every report format
// embeds: HTML, PDF and DOCX), at most 1 MiB, at most 4096 pixels on a side.
// SVG is refused: it can carry script. Answers the type and the size in
// pixels, or null with the catalogue key of what is wrong.
export const LOGO_MAX_BYTES = 1024 * 1024;
export const LOGO_MAX_SIDE = 4096;
export const LOGO_TYPES = ["image/png", "image/jpeg"] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

export interface LogoFacts {
  mime: LogoType;
  width: number;
  height: number;
}

export type LogoProblem = "invalid.logo.empty" | "invalid.logo.tooLarge" | "invalid.logo.notImage" | "invalid.logo.dimensions";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function png(bytes: Uint8Array): LogoFacts | null {
  if (bytes.length < 24 || PNG_SIGNATURE.some((byte, index) => bytes[index] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The first chunk is IHDR: its width and height, big-endian.
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return null;
  return { mime: "image/png", width: view.getUint32(16), height: view.getUint32(20) };
}

/** The start-of-frame markers that carry a JPEG's size (not DHT C4, JPG C8, DAC CC). */
const isStartOfFrame = (marker: number): boolean => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);

function jpeg(bytes: Uint8Array): LogoFacts | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = view.getUint16(at + 2);
    if (isStartOfFrame(marker)) {
      if (at + 9 > bytes.length) return null;
      return { mime: "image/jpeg", height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    if (marker === 0xd9 || marker === 0xda) return null;
    at += 2 + length;
  }
  return null;
}

export function inspectLogo(bytes: Uint8Array): LogoFacts | { problem: LogoProblem } {
  if (bytes.length === 0) return { problem: "invalid.logo.empty" };
  if (bytes.length > LOGO_MAX_BYTES) return { problem: "invalid.logo.tooLarge" };
  const facts = png(bytes) ?? jpeg(bytes);
  if (!facts) return { problem: "invalid.logo.notImage" };
  const sides = [facts.width, facts.height];
  if (sides.some((side) => side < 1 || side > LOGO_MAX_SIDE)) return { problem: "invalid.logo.dimensions" };
  return facts;
}
