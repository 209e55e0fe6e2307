// vitest globalSetup: the integration tests start the real server, which
// serves the Next.js build; build it when it is missing or older than the
// sources. Another build running in the same checkout holds Next's lock, so a
// failed attempt is retried a few times before giving up.
import { spawnSync } from "node:child_process";
import path from "node:path";

const ATTEMPTS = 4;
const RETRY_AFTER_MS = 5_000;

export default async function buildBeforeTests(): Promise<void> {
  const root = path.resolve(import.meta.dirname, "..", "..");
  for (let attempt = 1; ; attempt += 1) {
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build-if-stale.ts", "--next"], { cwd: root, stdio: "inherit" });
    if (result.status === 0) return;
    if (attempt === ATTEMPTS) throw new Error("The Next.js build failed; see above.");
    await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
  }
}
