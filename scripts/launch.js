// @ts-check
// Runs an entry point of the compiled server (dist/server/<entry>.js):
//   node scripts/launch.js main|collab|admin|collab-token [its arguments…]
// `npm start` is `main`. Plain JavaScript, so that it runs where only the
// production dependencies are installed (`npm ci --omit=dev`, no tsx): there
// it runs the builds as it finds them, and refuses any that is missing or
// older than the sources, since it cannot build. With the development
// dependencies it first builds what is out of date (scripts/build-if-stale.ts).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ENTRIES = ["main", "collab", "admin", "collab-token"];
const entry = process.argv[2] ?? "";
if (!ENTRIES.includes(entry)) {
  process.stderr.write(`usage: node scripts/launch.js ${ENTRIES.join("|")} [arguments]\n`);
  process.exit(2);
}
// Only `main` serves the pages; the others need the server's build alone.
const withNext = entry === "main";

/** @param {string} name */
function installed(name) {
  try {
    createRequire(import.meta.url).resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
}

/** The builds that are missing or out of date, checked by the compiled scripts/build-stamp.ts. */
async function staleBuilds() {
  const stampModule = path.join(ROOT, "dist", "server", "build-stamp.js");
  if (!existsSync(stampModule)) return ["the compiled server (dist/server/)"];
  /** @type {{ staleBuilds: (root: string, options: { next: boolean }) => string[] }} */
  const stamps = await import(pathToFileURL(stampModule).href);
  return stamps.staleBuilds(ROOT, { next: withNext });
}

if (installed("tsx") && installed("esbuild")) {
  // What the build prints goes to stderr but for `npm start`: a script reads collab-token's stdout.
  const build = spawnSync(process.execPath, ["--import", "tsx", "scripts/build-if-stale.ts", ...(withNext ? [] : ["--server"])], {
    cwd: ROOT,
    stdio: ["ignore", withNext ? "inherit" : 2, "inherit"],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else {
  const stale = await staleBuilds();
  if (stale.length > 0) {
    process.stderr.write(
      `Missing or older than the sources: ${stale.join(", ")}.\n` +
        "This install has no development dependencies, which build them: run `npm ci && npm run build` first (README, \"Running\").\n",
    );
    process.exit(1);
  }
}

// The entry reads its own arguments from process.argv.slice(2).
process.argv.splice(2, 1);
await import(pathToFileURL(path.join(ROOT, "dist", "server", `${entry}.js`)).href);
