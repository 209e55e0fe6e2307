// Start-up shared by every entry point: configuration, migrations, database,
// demo data on first start.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { seedDemo } from "../prisma/seed";
import { loadConfig, type Config } from "./config";
import { openDb, sqlitePath, type Db } from "./db/client";
import { migrateSqlite } from "./db/migrate";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface Started {
  config: Config;
  db: Db;
}

export async function bootstrap(options: { seed: boolean }): Promise<Started> {
  const config = loadConfig();
  migrateSqlite(sqlitePath(config.databaseUrl), path.join(PROJECT_ROOT, "prisma", "migrations"));
  const db = openDb(config.databaseUrl);
  if (options.seed) {
    const meetingId = await seedDemo(db);
    if (meetingId) process.stdout.write(`Seeded the demo users and the sample meeting (${meetingId}).\n`);
  }
  return { config, db };
}
