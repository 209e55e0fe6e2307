// Builds what is missing or older than its sources: Next.js's build (`next
// build`) and the compiled server (scripts/build-server.ts).
//   tsx scripts/build-if-stale.ts            both
//   tsx scripts/build-if-stale.ts --next     Next.js's only (the tests run the server from source)
//   tsx scripts/build-if-stale.ts --server   the server's only (npm run admin, collab, collab-token)
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildServer } from "./build-server";
import { isFresh, NEXT_BUILD, SERVER_BUILD, sourceFingerprint, type BuildKind } from "./build-stamp";

async function ifStale(root: string, kind: BuildKind, run: () => Promise<void>): Promise<void> {
  const fingerprint = sourceFingerprint(root, kind);
  if (isFresh(root, kind, fingerprint)) return;
  await run();
  const stamp = path.join(root, kind.stamp);
  mkdirSync(path.dirname(stamp), { recursive: true });
  writeFileSync(stamp, fingerprint);
}

function nextBuild(root: string): Promise<void> {
  process.stdout.write("Building Kateb's pages (the build is missing or out of date)...\n");
  const result = spawnSync("npx", ["next", "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (result.status !== 0) {
    process.stderr.write("The build failed; see above.\n");
    process.exit(result.status ?? 1);
  }
  return Promise.resolve();
}

export async function buildIfStale(root: string, options: { next: boolean; server: boolean }): Promise<void> {
  if (options.next) await ifStale(root, NEXT_BUILD, () => nextBuild(root));
  if (options.server) await ifStale(root, SERVER_BUILD, () => buildServer(root));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const only = process.argv[2];
  await buildIfStale(path.resolve(path.dirname(fileURLToPath(import.meta.url)), ".."), {
    next: only !== "--server",
    server: only !== "--next",
  });
}
