import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

const SECRET = "a-configured-secret-of-enough-length-0123";
let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "kateb-config-"));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("loadConfig accepted the environment");
}

const env = (values: Record<string, string>): NodeJS.ProcessEnv => ({ NODE_ENV: "test", DATA_DIR: dataDir, KATEB_SECRET: SECRET, ...values });

describe("loadConfig", () => {
  it("has working defaults: port 3000 and a SQLite file in the data folder", () => {
    const config = loadConfig(env({}));
    expect(config.port).toBe(3000);
    expect(config.dataDir).toBe(path.resolve(dataDir));
    expect(config.databaseUrl).toBe(`file:${path.join(path.resolve(dataDir), "kateb.db")}`);
    expect(config.secret).toBe(SECRET);
    expect(config.collab).toEqual({
      idleUnloadMs: 30_000,
      compactAfter: 500,
      tokenTtlSeconds: 60,
      pingIntervalMs: 10_000,
      limits: {
        maxMessageBytes: 1024 * 1024,
        updatesPerSecond: 100,
        bytesPerSecond: 1024 * 1024,
        awarenessPerSecond: 30,
        burstSeconds: 5,
        connectionsPerIpPerMinute: 600,
        maxAwarenessEntries: 500,
        maxBufferedBytes: 4 * 1024 * 1024,
      },
    });
  });

  it("reads the collaboration server's limits", () => {
    const { limits, pingIntervalMs } = loadConfig(
      env({
        COLLAB_MAX_MESSAGE_BYTES: "65536",
        COLLAB_UPDATES_PER_SECOND: "40",
        COLLAB_BYTES_PER_SECOND: "200000",
        COLLAB_AWARENESS_PER_SECOND: "10",
        COLLAB_CONNECTIONS_PER_IP_PER_MINUTE: "120",
        COLLAB_MAX_AWARENESS_ENTRIES: "50",
        COLLAB_MAX_BUFFERED_BYTES: "1000000",
        COLLAB_PING_INTERVAL_MS: "2000",
      }),
    ).collab;
    expect(limits).toEqual({
      maxMessageBytes: 65_536,
      updatesPerSecond: 40,
      bytesPerSecond: 200_000,
      awarenessPerSecond: 10,
      burstSeconds: 5,
      connectionsPerIpPerMinute: 120,
      maxAwarenessEntries: 50,
      maxBufferedBytes: 1_000_000,
    });
    expect(pingIntervalMs).toBe(2_000);
  });

  it.each([
    ["PORT", "abc"],
    ["PORT", "70000"],
    ["PORT", "-1"],
    ["KATEB_SECRET", "too-short"],
    ["DATABASE_URL", "mysql://localhost/kateb"],
    ["NODE_ENV", "staging"],
    ["COLLAB_COMPACT_AFTER", "0"],
    ["COLLAB_IDLE_UNLOAD_MS", "soon"],
    ["COLLAB_MAX_BUFFERED_BYTES", "1000"],
    ["COLLAB_PING_INTERVAL_MS", "0"],
    ["COLLAB_TOKEN_TTL_S", "1"],
    ["COLLAB_MAX_MESSAGE_BYTES", "1MiB"],
    ["COLLAB_MAX_MESSAGE_BYTES", "100"],
    ["COLLAB_UPDATES_PER_SECOND", "0"],
    ["COLLAB_BYTES_PER_SECOND", "-5"],
    ["COLLAB_AWARENESS_PER_SECOND", "2.5"],
    ["COLLAB_CONNECTIONS_PER_IP_PER_MINUTE", "0"],
    ["COLLAB_MAX_AWARENESS_ENTRIES", "many"],
  ])("refuses %s=%j with a ConfigError that names the variable and the value", (name, value) => {
    const error = configError(env({ [name]: value }));
    expect(error.message).toContain(name);
    expect(error.message).toContain(`"${value}"`);
  });

  it("names every wrong variable at once", () => {
    const error = configError(env({ PORT: "abc", COLLAB_COMPACT_AFTER: "0" }));
    expect(error.message).toMatch(/PORT[\s\S]*COLLAB_COMPACT_AFTER/);
  });

  it("trusts a proxy's forwarded headers only when TRUST_PROXY says so", () => {
    expect(loadConfig(env({})).trustProxy).toBe(false);
    expect(loadConfig(env({ TRUST_PROXY: "1" })).trustProxy).toBe(true);
    expect(loadConfig(env({ TRUST_PROXY: "false" })).trustProxy).toBe(false);
    expect(configError(env({ TRUST_PROXY: "maybe" })).message).toContain("TRUST_PROXY");
  });

  it("joins a cluster through REDIS_URL only beside a PostgreSQL DATABASE_URL, and refuses another scheme", () => {
    const postgres = "postgres://kateb@db.example/kateb";
    expect(loadConfig(env({ DATABASE_URL: postgres, REDIS_URL: "redis://cache:6379" })).redisUrl).toBe("redis://cache:6379");
    expect(loadConfig(env({})).redisUrl).toBeNull();
    expect(configError(env({ REDIS_URL: "redis://cache:6379" })).message).toMatch(/REDIS_URL .*DATABASE_URL/);
    expect(configError(env({ DATABASE_URL: postgres, REDIS_URL: "http://cache" })).message).toContain("REDIS_URL must start with redis://");
  });

  it("names the deployment's keys and channels on Redis by REDIS_PREFIX, a plain name", () => {
    const cluster = { DATABASE_URL: "postgres://kateb@db.example/kateb", REDIS_URL: "redis://cache:6379" };
    expect(loadConfig(env(cluster)).redisPrefix).toBe("kateb");
    expect(loadConfig(env({ ...cluster, REDIS_PREFIX: "commission-b" })).redisPrefix).toBe("commission-b");
    expect(configError(env({ ...cluster, REDIS_PREFIX: "two words" })).message).toContain("REDIS_PREFIX");
  });

  it("generates a missing secret once into DATA_DIR/secret and reuses it on the next load", () => {
    const withoutSecret: NodeJS.ProcessEnv = { NODE_ENV: "test", DATA_DIR: dataDir };
    const file = path.join(dataDir, "secret");
    expect(existsSync(file)).toBe(false);
    const first = loadConfig(withoutSecret).secret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(file, "utf8").trim()).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadConfig(withoutSecret).secret).toBe(first);
    // A new data folder gets a secret of its own.
    const otherDir = mkdtempSync(path.join(tmpdir(), "kateb-config-"));
    try {
      expect(loadConfig({ NODE_ENV: "test", DATA_DIR: otherDir }).secret).not.toBe(first);
    } finally {
      rmSync(otherDir, { recursive: true, force: true });
    }
  });

  it("does not write a secret file when KATEB_SECRET is set", () => {
    loadConfig(env({}));
    expect(existsSync(path.join(dataDir, "secret"))).toBe(false);
  });

  it("refuses a secret file too short to sign with, naming it", () => {
    writeFileSync(path.join(dataDir, "secret"), "\n");
    const error = configError({ NODE_ENV: "test", DATA_DIR: dataDir });
    expect(error.message).toContain(path.join(path.resolve(dataDir), "secret"));
  });
});

describe("empty variables", () => {
  it("treats an empty PORT as not set (the default 3000), not as port 0", () => {
    expect(loadConfig(env({ PORT: "" })).port).toBe(3000);
  });
});
