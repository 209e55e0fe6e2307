// Starting a server process (tsx compiling the sources, Next.js loading its
// build) keeps a core busy for seconds. Six starts at once on a two-core
// machine share each core three ways, and every one of them overruns its
// test's time. So a start takes one of os.availableParallelism() slots, held
// from the spawn until the process says it is ready (or exits), and waits for
// a free slot otherwise. The slots are directories in the temporary folder,
// shared by every test worker and every test run of this user on the machine;
// a slot whose holder died is taken over.
import { mkdirSync, readFileSync, rmSync, statSync, watch, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const SLOTS = Math.max(1, os.availableParallelism());
const DIR = path.join(os.tmpdir(), `kateb-test-start-slots-${os.userInfo().uid}`);
/** A watch event can be missed, and a holder can die without a word: look again this often. */
const RECHECK_MS = 500;
/** A slot still without its holder's pid this long after it was made was left by a crash. */
const UNCLAIMED_MS = 10_000;

function holderAlive(slot: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(slot, "pid"), "utf8"));
  } catch {
    try {
      return Date.now() - statSync(slot).mtimeMs < UNCLAIMED_MS;
    } catch {
      return false; // released meanwhile
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes a free slot (or one whose holder died), or none. */
function tryTake(): (() => void) | null {
  mkdirSync(DIR, { recursive: true });
  for (let index = 0; index < SLOTS; index += 1) {
    const slot = path.join(DIR, String(index));
    try {
      mkdirSync(slot);
    } catch {
      if (holderAlive(slot)) continue;
      rmSync(slot, { recursive: true, force: true });
      try {
        mkdirSync(slot);
      } catch {
        continue; // another waiter took it over first
      }
    }
    writeFileSync(path.join(slot, "pid"), String(process.pid));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      rmSync(slot, { recursive: true, force: true });
    };
  }
  return null;
}

/** Resolves with the release of a start slot, once one is free. */
export function takeStartSlot(): Promise<() => void> {
  const release = tryTake();
  if (release) return Promise.resolve(release);
  return new Promise((resolve) => {
    let done = false;
    const retry = (): void => {
      if (done) return;
      const taken = tryTake();
      if (!taken) return;
      done = true;
      watcher.close();
      clearInterval(timer);
      resolve(taken);
    };
    const watcher = watch(DIR, retry);
    const timer = setInterval(retry, RECHECK_MS);
  });
}
