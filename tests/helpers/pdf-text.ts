// What a PDF says, as text in reading order (poppler's pdftotext, which .ci/run
// installs), and its first page as a PNG (pdftoppm), for tests that read or
// look at the PDFs Kateb prints.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

async function inFolder<T>(pdf: Uint8Array, use: (file: string, folder: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(path.join(tmpdir(), "kateb-pdf-"));
  try {
    const file = path.join(folder, "report.pdf");
    await writeFile(file, pdf);
    return await use(file, folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export function pdfText(pdf: Uint8Array): Promise<string> {
  return inFolder(pdf, async (file) => (await run("pdftotext", ["-enc", "UTF-8", file, "-"])).stdout);
}

export function pdfPageCount(pdf: Uint8Array): Promise<number> {
  return inFolder(pdf, async (file) => Number(/^Pages:\s+(\d+)/m.exec((await run("pdfinfo", [file])).stdout)?.[1] ?? 0));
}

/** Each page's size in points. */
export function pdfPageSizes(pdf: Uint8Array): Promise<Array<{ width: number; height: number }>> {
  return inFolder(pdf, async (file) => {
    const info = (await run("pdfinfo", ["-f", "1", "-l", "9999", file])).stdout;
    return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((match) => ({ width: Number(match[1]), height: Number(match[2]) }));
  });
}

/** Page 1 as PNG bytes, at 100 dpi. */
export function pdfFirstPagePng(pdf: Uint8Array): Promise<Buffer> {
  return inFolder(pdf, async (file, folder) => {
    await run("pdftoppm", ["-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", file, path.join(folder, "page")]);
    return readFile(path.join(folder, "page.png"));
  });
}

/** A text as pdftotext can be compared with what was printed: no white space
 * or direction marks; without the hamza above (pdftotext moves it: «جلسهٔ»
 * reads «جلسٔه»), the lam-alef ligature as pdftotext spells it out («لا»
 * reads «ال»), and no commas or full stops, which it moves across the digits
 * beside them. */
export function pdfComparable(text: string): string {
  return text.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069\u0654،,.]+/g, "").replaceAll("لا", "ال");
}

/** Page 1 at 100 dpi as RGB pixels (pdftoppm's PPM, read here). */
export function pdfFirstPagePixels(pdf: Uint8Array): Promise<{ width: number; height: number; rgb: Uint8Array }> {
  return inFolder(pdf, async (file, folder) => {
    await run("pdftoppm", ["-r", "100", "-f", "1", "-l", "1", "-singlefile", file, path.join(folder, "page")]);
    const ppm = await readFile(path.join(folder, "page.ppm"));
    // "P6\n<width> <height>\n<max>\n" then the pixels.
    const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString("latin1"));
    if (!header) throw new Error("pdftoppm wrote no PPM");
    return { width: Number(header[1]), height: Number(header[2]), rgb: new Uint8Array(ppm.subarray(header[0].length)) };
  });
}
