// The two clusters under test, each node a child process on loopback: Kateb's
// standalone collaboration server joined to its cluster by DATABASE_URL and
// REDIS_URL, and Hocuspocus 4.7.0 with its Redis and Database extensions
// (hocuspocus-cluster-main.ts), both on the run's PostgreSQL schema and Redis.
import { mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { splitSchema } from "@/server/db/postgres-url";
import { startChildServer, type RunningServer } from "./child-server";
import { startKateb } from "./kateb";

export type ClusterName = "kateb" | "hocuspocus";
export const CLUSTER_NAMES: readonly ClusterName[] = ["kateb", "hocuspocus"];

export interface ClusterServices {
  /** PostgreSQL in Prisma's form (?schema=), migrated for Kateb. */
  databaseUrl: string;
  redisUrl: string;
  /** Kateb's token secret. */
  secret: string;
  /** Where each Kateb node gets a data folder of its own. */
  workDir: string;
}

/** Hocuspocus's documents: one row each, its whole state (what extension-database stores). */
const HOCUSPOCUS_TABLE = "hocuspocus_documents";

/** Makes the reference's table in the run's schema (once, before any node starts). */
export async function createHocuspocusTable(databaseUrl: string): Promise<void> {
  const { connectionString, schema } = splitSchema(databaseUrl);
  const client = new pg.Client({ connectionString, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    await client.query(`CREATE TABLE ${HOCUSPOCUS_TABLE} (name TEXT PRIMARY KEY, data BYTEA NOT NULL)`);
  } finally {
    await client.end();
  }
}

let nodeCount = 0;

/** One node of `cluster` on the shared services. */
export function startClusterNode(root: string, cluster: ClusterName, services: ClusterServices): Promise<RunningServer> {
  if (cluster === "kateb") {
    const dataDir = path.join(services.workDir, `kateb-node-${++nodeCount}`);
    mkdirSync(dataDir, { recursive: true });
    return startKateb(root, dataDir, services.secret, [], { DATABASE_URL: services.databaseUrl, REDIS_URL: services.redisUrl });
  }
  return startChildServer(
    {
      name: "hocuspocus",
      protocol: "hocuspocus",
      args: ["--import", "tsx", path.join("bench", "servers", "hocuspocus-cluster-main.ts")],
      env: { NODE_ENV: "production", PORT: "0", DATABASE_URL: services.databaseUrl, REDIS_URL: services.redisUrl, HOCUSPOCUS_TABLE },
      listening: /Hocuspocus listening on port (\d+)/,
      url: (port) => `ws://127.0.0.1:${port}`,
    },
    root,
  );
}

/** Both nodes of `cluster`, started side by side. */
export function startCluster(root: string, cluster: ClusterName, services: ClusterServices): Promise<RunningServer[]> {
  return Promise.all([startClusterNode(root, cluster, services), startClusterNode(root, cluster, services)]);
}
