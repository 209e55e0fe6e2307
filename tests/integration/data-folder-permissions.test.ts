// Security review (issue 14, finding 8): the data folder holds password
// hashes, the minutes, live link tokens and the signing secret, so no other
// local user may read it: the folder is 0700 and every file in it 0600, for a
// fresh start and for a folder an earlier version left open.
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { killAllCollabProcesses, startCollabProcess } from "../helpers/collab-process";

const parents: string[] = [];

afterEach(async () => {
  await killAllCollabProcesses();
  for (const parent of parents.splice(0)) rmSync(parent, { recursive: true, force: true });
});

const mode = (file: string): string => (statSync(file).mode & 0o777).toString(8);

/** The mode of the folder and of each file in it, by name. */
function modes(dataDir: string): Record<string, string> {
  const files = Object.fromEntries(readdirSync(dataDir).map((name) => [name, mode(path.join(dataDir, name))]));
  return { ".": mode(dataDir), ...files };
}

function ownerOnly(dataDir: string): Record<string, string> {
  return Object.fromEntries(Object.keys(modes(dataDir)).map((name) => [name, name === "." ? "700" : "600"]));
}

/** Starts the server on the folder with no KATEB_SECRET (an empty variable is
 * "not set"), so that it writes its secret there too. */
const start = (dataDir: string) => startCollabProcess(dataDir, "", { KATEB_SECRET: "" });

function newParent(): string {
  const parent = mkdtempSync(path.join(tmpdir(), "kateb-perm-"));
  parents.push(parent);
  return parent;
}

// Each test starts the whole process, some twice: slow when the machine is busy.
describe("the data folder", { timeout: 120_000 }, () => {
  it("is created readable by its owner only, with the database, its WAL and the secret", async () => {
    const dataDir = path.join(newParent(), "data");
    await start(dataDir);
    const now = modes(dataDir);
    expect(Object.keys(now)).toEqual(expect.arrayContaining(["kateb.db", "kateb.db-wal", "kateb.db-shm", "secret"]));
    expect(now).toEqual(ownerOnly(dataDir));
  });

  it("is tightened at start when an earlier run left it and its files open to others", async () => {
    const dataDir = path.join(newParent(), "data");
    const first = await start(dataDir);
    await first.kill();
    chmodSync(dataDir, 0o755);
    for (const name of readdirSync(dataDir)) chmodSync(path.join(dataDir, name), 0o644);

    await start(dataDir);
    const now = modes(dataDir);
    expect(Object.keys(now)).toEqual(expect.arrayContaining(["kateb.db", "kateb.db-wal", "kateb.db-shm", "secret"]));
    expect(now).toEqual(ownerOnly(dataDir));
  });
});
