// The report's font, Vazirmatn (the variable font of the kept "vazirmatn"
// package), served beside the published page at one path of its own so that
// the page, whose policy loads fonts from its own site only, needs nothing
// from elsewhere; the PDF printer serves the same file to Chromium.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

/** Where the published page and the printer ask for the font. */
export const REPORT_FONT_PATH = "/fonts/vazirmatn.woff2";

let bytes: Promise<Buffer> | null = null;

/** The font file's bytes, read once. Resolved from the project's folder: the
 * Next.js bundle and the server's own modules live in different places. */
export function reportFontBytes(): Promise<Buffer> {
  bytes ??= readFile(
    path.join(path.dirname(createRequire(path.join(process.cwd(), "package.json")).resolve("vazirmatn/package.json")), "fonts", "webfonts", "Vazirmatn[wght].woff2"),
  );
  return bytes;
}

/** The @font-face rule of a page that serves the font at REPORT_FONT_PATH. */
export const REPORT_FONT_FACE = `@font-face { font-family: "Vazirmatn"; src: url("${REPORT_FONT_PATH}") format("woff2"); font-weight: 100 900; font-style: normal; font-display: swap; }`;
