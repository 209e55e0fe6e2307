// When the database's files stop being writable (made immutable with chattr,
// which holds even for the connections already open: their writes fail with
// EPERM), nothing is passed on as if it were saved, and nothing is lost once
// they are writable again. Needs chattr and a filesystem and user allowed to
// set the immutable flag (root on ext4, as here); where they are not, it says
// so and is skipped.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, it } from "vitest";
import { sqliteCollabOnPort0 } from "../fixtures/collab-on-port-0";
import { expectNothingPassedOnUntilSaved, saveFailureLogger } from "../helpers/unsaved-while-saving-fails";

const saveFailures: unknown[] = [];
// SQLite only: it makes the database file immutable.
const t = sqliteCollabOnPort0({ logger: saveFailureLogger(saveFailures) });
let immutable: string[] = [];

function chattr(flag: "+i" | "-i", files: string[]): void {
  execFileSync("chattr", [flag, ...files], { stdio: "pipe" });
}

/** Whether this machine lets the test make a file immutable where test databases live. */
function canMakeImmutable(): boolean {
  const dir = mkdtempSync(path.join(tmpdir(), "kateb-immutable-"));
  const probe = path.join(dir, "probe");
  writeFileSync(probe, "");
  try {
    chattr("+i", [probe]);
    chattr("-i", [probe]);
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Runs before the fixture's own afterEach, which closes the clients.
afterEach(() => {
  if (immutable.length > 0) chattr("-i", immutable);
  immutable = [];
});

describe("while the database's files are not writable", () => {
  it.runIf(canMakeImmutable())(
    "passes nothing on, the writer's indicator says unsaved, and nothing is lost once they are writable again",
    async () => {
      await expectNothingPassedOnUntilSaved({
        db: t.db,
        serverUrl: t.url,
        saveFailures,
        fail: () => {
          immutable = [t.file, `${t.file}-wal`];
          chattr("+i", immutable);
          return Promise.resolve();
        },
        recover: () => {
          chattr("-i", immutable);
          immutable = [];
          return Promise.resolve();
        },
      });
    },
  );
});
