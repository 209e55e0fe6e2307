// A Redis server of the test's own (Debian's redis-server, keeping nothing on
// disk) on a free port, that the test may stop and start again on the same
// port: what a Redis restart does to a cluster, without touching the Redis
// other tests share.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { eventually } from "./eventually";
import { Redis } from "ioredis";

export interface PrivateRedis {
  url: string;
  stop: () => Promise<void>;
  start: () => Promise<void>;
}

function freePort(): Promise<number> {
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

async function answers(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on("error", () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  const start = async (): Promise<void> => {
    child = spawn("redis-server", ["--bind", "127.0.0.1", "--port", String(port), "--save", "", "--appendonly", "no"], { stdio: "ignore" });
    await eventually(async () => {
      if (!(await answers(url))) throw new Error(`redis-server on ${port} does not answer yet`);
    }, 10_000, 50);
  };
  const stop = async (): Promise<void> => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once("exit", () => resolve()));
    running.kill("SIGKILL");
    await exited;
  };
  await start();
  return { url, stop, start };
}
