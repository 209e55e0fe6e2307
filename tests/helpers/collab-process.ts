// The standalone collaboration server (server/collab/main.ts) as a child
// process, so that tests can kill it the hard way.
import { spawn, type ChildProcess } from "node:child_process";
import { takeStartSlot } from "./start-slots";
import { ROOT } from "./test-db";

export interface CollabProcess {
  child: ChildProcess;
  port: number;
  /** ws://127.0.0.1:<port>/collab — the serverUrl of a WebsocketProvider. */
  url: string;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  /** How it exited. */
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything it printed so far (stdout and stderr). */
  output: () => string;
  /** Kills with SIGKILL unless it has exited already; resolves once it has. */
  kill: () => Promise<void>;
}

const LISTENING = /Kateb collaboration server listening on port (\d+)/;
const running = new Set<CollabProcess>();

/** Starts the server and resolves once it says it listens: there is no time
 * limit of its own, the caller's test decides how long that may take. */
export async function startCollabProcess(dataDir: string, secret: string, extraEnv: Record<string, string> = {}): Promise<CollabProcess> {
  const release = await takeStartSlot();
  const child = spawn(process.execPath, ["--import", "tsx", "server/collab/main.ts"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, KATEB_SECRET: secret, ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const exited = exit.then(() => undefined);
  void exited.then(release);
  let stderr = "";
  let output = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    output += chunk.toString();
  });
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    const onData = (): void => {
      const match = LISTENING.exec(output);
      if (!match) return;
      child.stdout?.off("data", onData);
      release();
      const port = Number(match[1]);
      const started: CollabProcess = {
        child,
        port,
        url: `ws://127.0.0.1:${port}/collab`,
        exited,
        exit,
        output: () => output,
        kill: async () => {
          running.delete(started);
          if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
          await exited;
        },
      };
      running.add(started);
      resolve(started);
    };
    child.stdout?.on("data", onData);
    void exited.then(() => reject(new Error(`the collaboration server exited before listening:\n${stderr}`)));
  });
}

export async function killAllCollabProcesses(): Promise<void> {
  await Promise.all([...running].map((started) => started.kill()));
}
