// @ts-check
// After every install (package.json's postinstall): Prisma's clients for both
// schemas, into server/db/generated/ (not committed: they follow the schemas
// and Prisma's version). A production install (`npm ci --omit=dev`) has no
// Prisma CLI, and needs no client: the compiled server (dist/server/) and the
// Next.js build (.next/) carry it, so there it only says so.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SCHEMAS = ["prisma/schema.prisma", "prisma/postgres/schema.prisma"];

/** The CLI's script, from its package's "bin"; null when the package is not installed. */
function prismaCli() {
  let manifest;
  try {
    manifest = createRequire(import.meta.url).resolve("prisma/package.json");
  } catch {
    return null;
  }
  /** @type {{ bin: { prisma: string } }} */
  const { bin } = JSON.parse(readFileSync(manifest, "utf8"));
  return path.join(path.dirname(manifest), bin.prisma);
}

const cli = prismaCli();
if (!cli) {
  process.stdout.write("No Prisma CLI (a production install): the Prisma clients are not generated; the builds carry them.\n");
  process.exit(0);
}
for (const schema of SCHEMAS) {
  // `generate` needs no schema engine, which this environment cannot download.
  const result = spawnSync(process.execPath, [cli, "generate", "--schema", schema], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
