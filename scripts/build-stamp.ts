// A fingerprint of everything the Next.js build depends on, so `npm start`
// and `npm test` rebuild only when the sources changed.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// patches/: the patched packages (y-tiptap) are bundled into the pages.
const INPUTS = ["app", "components", "lib", "server", "types", "public", "patches", "next.config.js", "package-lock.json", "tsconfig.json"];
const SKIP = new Set(["node_modules", ".next", "generated"]);

function walk(file: string, hash: ReturnType<typeof createHash>): void {
  if (!existsSync(file)) return;
  const stat = statSync(file);
  if (stat.isDirectory()) {
    for (const entry of readdirSync(file).sort()) if (!SKIP.has(entry)) walk(path.join(file, entry), hash);
    return;
  }
  hash.update(file).update("\0").update(readFileSync(file)).update("\0");
}

export function sourceFingerprint(root: string): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) walk(path.join(root, input), hash);
  return hash.digest("hex");
}

export const STAMP_FILE = path.join(".next", "kateb-build-stamp");
