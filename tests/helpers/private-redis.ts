// A Redis server of the test's own (Debian's redis-server, keeping nothing on
// disk) on a free port, that the test may stop and start again on the same
// port: what a Redis restart does to a cluster, without touching the Redis
// other tests share.
import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "@/bench/servers/child-server";
import { eventually } from "./eventually";
import { Redis } from "ioredis";

export interface PrivateRedis {
  url: string;
  stop: () => Promise<void>;
  start: () => Promise<void>;
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
