// Start-up shared by every entry point: configuration, migrations, database,
// demo data on first start.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { meetingDocName } from "../lib/collab-protocol";
import { seedDemo } from "../prisma/seed";
import { loadConfig, type Config } from "./config";
import { prepareDatabaseFile } from "./data-folder";
import { openDb, sqlitePath, type Db } from "./db/client";
import { migrateSqlite } from "./db/migrate";
import { getDocumentAccess } from "./domain/get-document-access";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface Started {
  config: Config;
  db: Db;
}

export async function bootstrap(options: { seed: boolean }): Promise<Started> {
  const config = loadConfig();
  prepareDatabaseFile(sqlitePath(config.databaseUrl));
  migrateSqlite(sqlitePath(config.databaseUrl), path.join(PROJECT_ROOT, "prisma", "migrations"));
  const db = openDb(config.databaseUrl);
  // Prisma readies its query compiler on the first query, and compiles each
  // query's shape the first time: a few hundred milliseconds that the first
  // person to open the minutes after a start would otherwise wait for.
  await getDocumentAccess({ db, userId: "start-up", docName: meetingDocName("start-up") });
  if (options.seed) {
    const meetingId = await seedDemo(db);
    if (meetingId) process.stdout.write(`Seeded the demo users and the sample meeting (${meetingId}).\n`);
  }
  return { config, db };
}
