// Runs `next build` when the build is missing or older than the sources.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sourceFingerprint, STAMP_FILE } from "./build-stamp";

export function buildIfStale(root: string): void {
  const stampPath = path.join(root, STAMP_FILE);
  const fingerprint = sourceFingerprint(root);
  if (existsSync(stampPath) && readFileSync(stampPath, "utf8") === fingerprint) return;
  process.stdout.write("Building Kateb (the build is missing or out of date)...\n");
  const result = spawnSync("npx", ["next", "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (result.status !== 0) {
    process.stderr.write("The build failed; see above.\n");
    process.exit(result.status ?? 1);
  }
  writeFileSync(stampPath, fingerprint);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildIfStale(path.resolve(path.dirname(fileURLToPath(import.meta.url)), ".."));
}
