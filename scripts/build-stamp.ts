// Fingerprints of everything each build depends on, so `npm start` and
// `npm test` rebuild only when the sources changed, and a production install
// (which cannot build) refuses a build older than its sources. Compiled into
// dist/server/ too (scripts/build-server.ts): scripts/launch.js reads it there.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export interface BuildKind {
  /** How `npm start` names it in a message. */
  name: string;
  /** Holds the fingerprint of the sources the build was made from. */
  stamp: string;
  inputs: string[];
  /** Files the build makes: one missing, the build is stale whatever its stamp says. */
  outputs: string[];
}

/** dist/server/<name>.js ← its source (scripts/build-server.ts). */
export const SERVER_ENTRIES: Record<string, string> = {
  main: "server/main.ts",
  collab: "server/collab/main.ts",
  "sqlite-log-worker": "server/collab/storage/sqlite-log-worker.ts",
  admin: "scripts/admin.ts",
  "collab-token": "scripts/collab-token.ts",
  // scripts/launch.js checks a production install's builds with it (no tsx there).
  "build-stamp": "scripts/build-stamp.ts",
};

export const SERVER_OUT_DIR = path.join("dist", "server");

// generated/: Prisma's client, a function of the schemas and package-lock.json
// (both inputs); a production install does not generate it (package.json's postinstall).
const SKIP = new Set(["node_modules", ".next", "generated"]);

export const NEXT_BUILD: BuildKind = {
  name: "the Next.js build (.next/)",
  stamp: path.join(".next", "kateb-build-stamp"),
  // patches/: the patched packages (y-tiptap) are bundled into the pages.
  inputs: ["app", "components", "lib", "server", "types", "public", "patches", "next.config.js", "package-lock.json", "tsconfig.json"],
  outputs: [path.join(".next", "BUILD_ID")],
};

export const SERVER_BUILD: BuildKind = {
  name: "the compiled server (dist/server/)",
  stamp: path.join(SERVER_OUT_DIR, "kateb-build-stamp"),
  inputs: ["server", "lib", "scripts", "prisma/schema.prisma", "prisma/postgres/schema.prisma", "package-lock.json", "tsconfig.json"],
  outputs: Object.keys(SERVER_ENTRIES).map((name) => path.join(SERVER_OUT_DIR, `${name}.js`)),
};

function walk(file: string, hash: ReturnType<typeof createHash>): void {
  if (!existsSync(file)) return;
  const stat = statSync(file);
  if (stat.isDirectory()) {
    for (const entry of readdirSync(file).sort()) if (!SKIP.has(entry)) walk(path.join(file, entry), hash);
    return;
  }
  hash.update(file).update("\0").update(readFileSync(file)).update("\0");
}

export function sourceFingerprint(root: string, kind: BuildKind): string {
  const hash = createHash("sha256");
  for (const input of kind.inputs) walk(path.join(root, input), hash);
  return hash.digest("hex");
}

/** True when the build's stamp says it was made from the sources as they are. */
export function isFresh(root: string, kind: BuildKind, fingerprint = sourceFingerprint(root, kind)): boolean {
  const stamp = path.join(root, kind.stamp);
  if (!kind.outputs.every((output) => existsSync(path.join(root, output)))) return false;
  return existsSync(stamp) && readFileSync(stamp, "utf8") === fingerprint;
}

/** The names of the builds an entry point needs that are missing or out of date. */
export function staleBuilds(root: string, options: { next: boolean }): string[] {
  const kinds = options.next ? [NEXT_BUILD, SERVER_BUILD] : [SERVER_BUILD];
  return kinds.filter((kind) => !isFresh(root, kind)).map((kind) => kind.name);
}
