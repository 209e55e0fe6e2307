// Reads and validates the environment once at start-up. A wrong variable stops
// the process with a sentence naming it; nothing else reads process.env.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { COLLAB_DEFAULTS, DEFAULT_LIMITS, type CollabLimits } from "../lib/collab-limits";
import { prepareDataFolder } from "./data-folder";

const count = (min: number, fallback: number) => z.coerce.number().int().min(min).default(fallback);

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).optional(),
  // 1: a new data folder gets the sample series and the demo accounts (loopback only); 0: an empty start.
  KATEB_DEMO: z.enum(["0", "1"]).default("1"),
  // The largest request body any page or route accepts (sign-in and setup allow far less).
  KATEB_MAX_BODY_BYTES: z.coerce.number().int().min(16 * 1024).default(1024 * 1024),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "must start with file: (SQLite) or postgres:// (PostgreSQL)")
    .optional(),
  KATEB_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  COLLAB_IDLE_UNLOAD_MS: z.coerce.number().int().min(0).default(COLLAB_DEFAULTS.idleUnloadMs),
  COLLAB_COMPACT_AFTER: z.coerce.number().int().min(1).default(COLLAB_DEFAULTS.compactAfter),
  COLLAB_TOKEN_TTL_S: z.coerce.number().int().min(5).max(86_400).default(60),
  COLLAB_MAX_MESSAGE_BYTES: count(1024, DEFAULT_LIMITS.maxMessageBytes),
  COLLAB_UPDATES_PER_SECOND: count(1, DEFAULT_LIMITS.updatesPerSecond),
  COLLAB_BYTES_PER_SECOND: count(1024, DEFAULT_LIMITS.bytesPerSecond),
  COLLAB_AWARENESS_PER_SECOND: count(1, DEFAULT_LIMITS.awarenessPerSecond),
  COLLAB_CONNECTIONS_PER_IP_PER_MINUTE: count(1, DEFAULT_LIMITS.connectionsPerIpPerMinute),
  COLLAB_MAX_AWARENESS_ENTRIES: count(1, DEFAULT_LIMITS.maxAwarenessEntries),
  COLLAB_MAX_BUFFERED_BYTES: count(64 * 1024, DEFAULT_LIMITS.maxBufferedBytes),
  COLLAB_PING_INTERVAL_MS: count(100, COLLAB_DEFAULTS.pingIntervalMs),
  TRUST_PROXY: z.stringbool().default(false),
  // Several nodes on one PostgreSQL: what they tell each other goes through this Redis.
  REDIS_URL: z.string().regex(/^rediss?:\/\//, "must start with redis:// or rediss://").optional(),
  // What this deployment's keys and channels start with: deployments that share a Redis set different ones.
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,40}$/, "must be 1 to 40 letters, digits, '.', '_' or '-'")
    .default("kateb"),
});

export interface Config {
  port: number;
  /** HOST as configured; the listening address is decided at start-up (see accounts/listen-host). */
  host: string | undefined;
  /** A new data folder gets the sample and the demo accounts. */
  demo: boolean;
  /** The largest request body accepted, before any route reads it. */
  maxBodyBytes: number;
  dataDir: string;
  databaseUrl: string;
  secret: string;
  dev: boolean;
  /** Believe X-Forwarded-Host, -Proto, -Port and -For (a reverse proxy sets them). */
  trustProxy: boolean;
  /** The Redis between the nodes of a cluster; null for one node. */
  redisUrl: string | null;
  /** REDIS_PREFIX: this deployment's namespace on that Redis. */
  redisPrefix: string;
  collab: { idleUnloadMs: number; compactAfter: number; tokenTtlSeconds: number; pingIntervalMs: number; limits: CollabLimits };
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", not "0" or "".
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = issue.path.join(".");
      const value = env[name];
      return `  ${name} ${issue.message}${value === undefined ? "" : ` (got "${value}")`}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  if (e.REDIS_URL !== undefined && !/^postgres(ql)?:\/\//.test(e.DATABASE_URL ?? "")) {
    throw new ConfigError("Invalid configuration:\n  REDIS_URL joins nodes that share one PostgreSQL: set DATABASE_URL to a postgres:// URL too");
  }
  const dataDir = path.resolve(e.DATA_DIR);
  prepareDataFolder(dataDir);
  return {
    port: e.PORT,
    host: e.HOST,
    demo: e.KATEB_DEMO === "1",
    maxBodyBytes: e.KATEB_MAX_BODY_BYTES,
    dataDir,
    databaseUrl: e.DATABASE_URL ?? `file:${path.join(dataDir, "kateb.db")}`,
    secret: e.KATEB_SECRET ?? readOrCreateSecret(dataDir),
    dev: e.NODE_ENV === "development",
    trustProxy: e.TRUST_PROXY,
    redisUrl: e.REDIS_URL ?? null,
    redisPrefix: e.REDIS_PREFIX,
    collab: {
      idleUnloadMs: e.COLLAB_IDLE_UNLOAD_MS,
      compactAfter: e.COLLAB_COMPACT_AFTER,
      tokenTtlSeconds: e.COLLAB_TOKEN_TTL_S,
      limits: {
        maxMessageBytes: e.COLLAB_MAX_MESSAGE_BYTES,
        updatesPerSecond: e.COLLAB_UPDATES_PER_SECOND,
        bytesPerSecond: e.COLLAB_BYTES_PER_SECOND,
        awarenessPerSecond: e.COLLAB_AWARENESS_PER_SECOND,
        burstSeconds: DEFAULT_LIMITS.burstSeconds,
        connectionsPerIpPerMinute: e.COLLAB_CONNECTIONS_PER_IP_PER_MINUTE,
        maxAwarenessEntries: e.COLLAB_MAX_AWARENESS_ENTRIES,
        maxBufferedBytes: e.COLLAB_MAX_BUFFERED_BYTES,
      },
      pingIntervalMs: e.COLLAB_PING_INTERVAL_MS,
    },
  };
}

/** The signing secret is generated on first start and kept beside the data. */
function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, "secret");
  if (existsSync(file)) {
    const secret = readFileSync(file, "utf8").trim();
    // An empty or truncated file must not become a key anyone can guess.
    if (secret.length < 32) throw new ConfigError(`Invalid configuration:\n  ${file} must hold a secret of at least 32 characters`);
    return secret;
  }
  const secret = randomBytes(32).toString("base64url");
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    // Another process starting on the same data folder wrote it first: use theirs.
    if (error instanceof Error && "code" in error && error.code === "EEXIST") return readOrCreateSecret(dataDir);
    throw error;
  }
  return secret;
}
