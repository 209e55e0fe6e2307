// The real Kateb process (server/main.ts: Next.js + collaboration) on port 0
// with a fresh data folder, seeded with the demo users and the sample meeting
// (on the data folder's SQLite file, or the DATABASE_URL the caller gives).
// Needs the Next.js build (tests/helpers/build-before-tests.ts makes it).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDb, type Db } from "@/server/db/client";
import { takeStartSlot } from "./start-slots";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

export interface RunningApp {
  /** http://127.0.0.1:<port> */
  url: string;
  dataDir: string;
  /** The process id, to read its memory. */
  pid: number;
  /** The app's own database, opened from the test process. */
  db: Db;
  /** Everything the process printed so far. */
  output: () => string;
  /** Sends the process a signal. */
  signal: (signal: NodeJS.Signals) => void;
  /** How the process exited, once it has. */
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop: () => Promise<void>;
}

/** The process as the tests run it: the sources under tsx. */
const FROM_SOURCE = ["--import", "tsx", "server/main.ts"];

/** `nodeArguments`: what node runs, from the project root (the compiled
 * server: ["dist/server/main.js"]). */
export async function startApp(env: Record<string, string> = {}, nodeArguments = FROM_SOURCE): Promise<RunningApp> {
  const release = await takeStartSlot();
  const dataDir = mkdtempSync(path.join(tmpdir(), "kateb-app-"));
  // The data folder decides the database and the secret, whatever the caller's shell says.
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  delete inherited.KATEB_SECRET;
  const child = spawn(process.execPath, nodeArguments, {
    cwd: ROOT,
    env: { ...inherited, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let url: string;
  try {
    url = await listeningUrl(child, () => output);
  } catch (error) {
    release();
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  release();
  // The database the process was given (env's DATABASE_URL), else its data folder's.
  const db = openDb(env.DATABASE_URL ?? `file:${path.join(dataDir, "kateb.db")}`);
  return {
    url,
    dataDir,
    pid: child.pid ?? 0,
    db,
    output: () => output,
    signal: (signal) => child.kill(signal),
    exit,
    stop: async () => {
      await db.$disconnect();
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function listeningUrl(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Kateb did not start in time:\n${output()}`)), START_TIMEOUT_MS);
    const onData = (): void => {
      const match = /Kateb is listening on http:\/\/localhost:(\d+)/.exec(output());
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.off("exit", onExit);
      resolve(`http://127.0.0.1:${match[1]}`);
    };
    const onExit = (code: number | null): void => {
      clearTimeout(timer);
      reject(new Error(`Kateb exited with ${code} before listening:\n${output()}`));
    };
    child.stdout?.on("data", onData);
    child.once("exit", onExit);
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
