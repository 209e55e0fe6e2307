// Rewrites every import that climbs two folders or more (`../../x`) to the
// `@/` alias (`@/x`, from the project root; tsconfig.json's `paths`). Imports
// within a folder or from its parent stay relative. Deterministic and
// idempotent: a second run changes nothing, so it can be run again after a
// merge brings new relative imports.
//
//   npx tsx scripts/rewrite-imports-to-alias.ts           rewrite, list the files changed
//   npx tsx scripts/rewrite-imports-to-alias.ts --check   change nothing; exit 1 if a file would change
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
/** Not ours, or generated. */
const SKIP = new Set(["node_modules", ".next", "data", "test-results", "playwright-report", "generated"]);
const SOURCE = /\.(ts|tsx)$/;
/** A module specifier after `from`, `import` or `import(`, that starts with `../../`. */
const CLIMBING_IMPORT = /(\bfrom\s*|\bimport\s*\(?\s*)(["'])((?:\.\.\/){2,}[^"']*)\2/g;

function sourceFiles(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (SKIP.has(entry.name) || entry.name.startsWith(".")) continue;
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(file));
    else if (SOURCE.test(entry.name)) files.push(file);
  }
  return files;
}

/** `source` with its climbing imports from the root, or unchanged. */
function rewriteSource(file: string, source: string): string {
  return source.replace(CLIMBING_IMPORT, (whole: string, before: string, quote: string, specifier: string) => {
    const fromRoot = path.relative(ROOT, path.resolve(path.dirname(file), specifier));
    // A path outside the project is not the alias's to name.
    if (fromRoot.startsWith("..") || path.isAbsolute(fromRoot)) return whole;
    return `${before}${quote}@/${fromRoot.split(path.sep).join("/")}${quote}`;
  });
}

function main(): void {
  const check = process.argv.includes("--check");
  const changed: string[] = [];
  for (const file of sourceFiles(ROOT)) {
    const source = readFileSync(file, "utf8");
    const rewritten = rewriteSource(file, source);
    if (rewritten === source) continue;
    changed.push(path.relative(ROOT, file));
    if (!check) writeFileSync(file, rewritten);
  }
  const verb = check ? "would rewrite" : "rewrote";
  process.stdout.write(`${verb} imports in ${changed.length} file${changed.length === 1 ? "" : "s"}\n`);
  for (const file of changed) process.stdout.write(`  ${file}\n`);
  if (check && changed.length > 0) process.exitCode = 1;
}

main();
