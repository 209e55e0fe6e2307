// One node of the reference cluster: Hocuspocus 4.7.0 as its documentation sets
// up several instances, @hocuspocus/extension-redis between them and
// @hocuspocus/extension-database storing each document's state in PostgreSQL
// (one row per document, in a table of its own in the run's schema), with the
// default configuration (stores debounced by 2 s, at most 10 s).
// Env: PORT (0 for any), REDIS_URL, DATABASE_URL (postgres://…?schema=<schema>),
// HOCUSPOCUS_TABLE (made by the runner: cluster-nodes.ts).
import { Database } from "@hocuspocus/extension-database";
import { Redis } from "@hocuspocus/extension-redis";
import { Server } from "@hocuspocus/server";
import pg from "pg";
import { splitSchema } from "@/server/db/postgres-url";

const redisUrl = process.env.REDIS_URL;
const databaseUrl = process.env.DATABASE_URL;
const table = process.env.HOCUSPOCUS_TABLE;
if (!redisUrl || !databaseUrl || !table) {
  process.stderr.write("REDIS_URL, DATABASE_URL and HOCUSPOCUS_TABLE must be set\n");
  process.exit(2);
}
const { connectionString, schema } = splitSchema(databaseUrl);
const pool = new pg.Pool({ connectionString, options: `-c search_path=${schema}` });
const redis = new URL(redisUrl);

const server = new Server({
  port: Number(process.env.PORT ?? "0"),
  address: "127.0.0.1",
  quiet: true,
  extensions: [
    new Redis({ host: redis.hostname, port: Number(redis.port || "6379") }),
    new Database({
      fetch: async ({ documentName }) => {
        const { rows } = await pool.query<{ data: Buffer }>(`SELECT data FROM ${table} WHERE name = $1`, [documentName]);
        return rows[0] ? new Uint8Array(rows[0].data) : null;
      },
      store: async ({ documentName, state }) => {
        await pool.query(
          `INSERT INTO ${table} (name, data) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET data = EXCLUDED.data`,
          [documentName, state],
        );
      },
    }),
  ],
});
await server.listen();
process.stdout.write(`Hocuspocus listening on port ${server.address.port}\n`);
