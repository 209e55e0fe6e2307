// vitest globalSetup: the integration tests start the real server, which
// serves the Next.js build; build it when it is missing or older than the sources.
import { spawnSync } from "node:child_process";
import path from "node:path";

export default function buildBeforeTests(): void {
  const root = path.resolve(import.meta.dirname, "..", "..");
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build-if-stale.ts"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error("The Next.js build failed; see above.");
}
