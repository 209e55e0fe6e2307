// A server under test as a child process on loopback: started, watched for its
// "listening" line, measured through /proc, and always stopped.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { readPeakRssKb } from "../metrics";

/** `kateb-app` is what users run (`npm start`: Next.js and the collaboration server in one
 * process); `kateb` the standalone collaboration server. Both are the compiled builds. */
export type ServerName = "kateb-app" | "kateb" | "y-websocket-server" | "hocuspocus";
export const SERVER_NAMES: readonly ServerName[] = ["kateb-app", "kateb", "y-websocket-server", "hocuspocus"];
export const KATEB_SERVERS: readonly ServerName[] = ["kateb-app", "kateb"];
export const isKateb = (server: ServerName): boolean => KATEB_SERVERS.includes(server);

/** How a client reaches a server: the stock y-websocket protocol, or Hocuspocus's framing. */
export type Protocol = "y-websocket" | "hocuspocus";

export interface RunningServer {
  name: ServerName;
  protocol: Protocol;
  pid: number;
  /** The URL clients are given (for y-websocket, the provider's serverUrl). */
  url: string;
  /** Resolves once the process has exited. */
  exited: Promise<void>;
  /** The inspector's WebSocket URL, when started with --inspect. */
  inspectorUrl(): string | null;
  /** Peak resident set size so far (VmHWM), in KiB. */
  peakRssKb(): number;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited. */
  stop(graceMs?: number): Promise<void>;
}

export interface SpawnSpec {
  name: ServerName;
  protocol: Protocol;
  args: string[];
  env: Record<string, string>;
  /** Matches the line that says the server is ready; group 1 is the port, if it says one. */
  listening: RegExp;
  /** The port when the server does not print it. */
  port?: number;
  /** The URL for a given port. */
  url: (port: number) => string;
}

const running = new Set<ChildProcess>();

// Whatever happens to the runner, no server outlives it.
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

export function startChildServer(spec: SpawnSpec, cwd: string): Promise<RunningServer> {
  const child = spawn(process.execPath, spec.args, {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", ...spec.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      running.delete(child);
      resolve();
    }),
  );
  let stderr = "";
  let inspectorUrl: string | null = null;
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
    inspectorUrl ??= /Debugger listening on (ws:\/\/\S+)/.exec(stderr)?.[1] ?? null;
  });
  return new Promise((resolve, reject) => {
    let stdout = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${spec.name} did not start within 60 s:\n${stderr}`));
    }, 60_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = spec.listening.exec(stdout);
      if (!match) return;
      stdout = "";
      clearTimeout(timer);
      const port = match[1] ? Number(match[1]) : spec.port;
      if (port === undefined || child.pid === undefined) throw new Error(`${spec.name}: no port or pid`);
      const pid = child.pid;
      resolve({
        name: spec.name,
        protocol: spec.protocol,
        pid,
        url: spec.url(port),
        exited,
        inspectorUrl: () => inspectorUrl,
        peakRssKb: () => readPeakRssKb(pid),
        stop: async (graceMs = 5_000) => {
          if (child.exitCode !== null || child.signalCode !== null) return exited;
          child.kill("SIGTERM");
          const force = setTimeout(() => child.kill("SIGKILL"), graceMs);
          await exited;
          clearTimeout(force);
        },
      });
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${spec.name} exited before listening:\n${stderr}`));
    });
  });
}

/** A port free on loopback now, for a server that cannot report the one it got. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
