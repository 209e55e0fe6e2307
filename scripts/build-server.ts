// Compiles the server's entry points to plain JavaScript in dist/server/ with
// esbuild: our own code bundled (`@/` resolved from tsconfig.json), every
// package of node_modules left to Node, so the process loads the same copies
// Next.js's build does (next.config.js's serverExternalPackages: one Yjs).
// All bundles sit in one folder beside the update log's worker, which each of
// them that opens the SQLite update log starts from there
// (server/collab/storage/sqlite-update-log.ts).
import path from "node:path";
import { build } from "esbuild";
import { SERVER_ENTRIES, SERVER_OUT_DIR } from "./build-stamp";

export async function buildServer(root: string): Promise<void> {
  // Written over, not emptied first: a process running the previous build may
  // still start its update log's worker from there.
  await build({
    absWorkingDir: root,
    entryPoints: Object.entries(SERVER_ENTRIES).map(([out, source]) => ({ in: source, out })),
    outdir: path.join(root, SERVER_OUT_DIR),
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    tsconfig: path.join(root, "tsconfig.json"),
    // Stack traces name the sources under NODE_OPTIONS=--enable-source-maps (off by
    // default: it slows every stack a trace is made of).
    sourcemap: "linked",
    logLevel: "warning",
  });
}
