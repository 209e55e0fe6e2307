// A DOCX as LibreOffice lays it out: converted to PDF by `soffice --headless`
// (libreoffice-writer-nogui, which .ci/run installs), with the report's font
// Vazirmatn (the kept package's TTF files) added to the fonts it may use, in a
// LibreOffice profile of its own so that conversions never share state.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

function vazirmatnTtfFolder(): string {
  return path.join(path.dirname(createRequire(import.meta.url).resolve("vazirmatn/package.json")), "fonts", "ttf");
}

const fontsConf = (folder: string): string => `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${folder}</dir>
</fontconfig>
`;

export async function docxToPdf(docx: Uint8Array): Promise<Uint8Array> {
  const folder = await mkdtemp(path.join(tmpdir(), "kateb-docx-"));
  try {
    const file = path.join(folder, "report.docx");
    await writeFile(file, docx);
    await writeFile(path.join(folder, "fonts.conf"), fontsConf(vazirmatnTtfFolder()));
    await run(
      "soffice",
      [`-env:UserInstallation=${pathToFileURL(path.join(folder, "profile")).href}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder, file],
      { env: { ...process.env, FONTCONFIG_FILE: path.join(folder, "fonts.conf"), HOME: folder }, timeout: 120_000 },
    );
    return new Uint8Array(await readFile(path.join(folder, "report.pdf")));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
