// Start-up shared by every entry point: configuration, migrations (SQLite's or
// PostgreSQL's, as DATABASE_URL says), database,
// demo data on first start (unless KATEB_DEMO=0), the search index built when
// it is missing or out of date, who may be reached from where.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { meetingDocName } from "../lib/collab-protocol";
import { loadConfig, type Config } from "./config";
import { prepareDatabaseFile } from "./data-folder";
import { openDb, sqlitePath, type Db } from "./db/client";
import { migrateSqlite } from "./db/migrate";
import { migratePostgres } from "./db/migrate-postgres";
import { isPostgresUrl } from "./db/postgres-url";
import { getDocumentAccess } from "./domain/access/get-document-access";
import { ensureSearchIndex } from "./domain/search/index-meeting";
import { demoPasswordEmails, flagDemoPasswords } from "./accounts/demo-passwords";
import { listenHost } from "./accounts/listen-host";
import { SetupCode } from "./accounts/setup-code";

/** The folder of package.json: above server/ for the sources, above dist/server/ compiled. */
export const PROJECT_ROOT = projectRoot(path.dirname(fileURLToPath(import.meta.url)));

function projectRoot(from: string): string {
  for (let folder = from; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, "package.json"))) return folder;
    if (path.dirname(folder) === folder) throw new Error(`No package.json above ${from}`);
  }
}

export interface Started {
  config: Config;
  db: Db;
}

export async function bootstrap(options: { seed: boolean; searchIndex?: boolean }): Promise<Started> {
  const config = loadConfig();
  await migrate(config.databaseUrl);
  const db = openDb(config.databaseUrl);
  // Prisma readies its query compiler on the first query, and compiles each
  // query's shape the first time: a few hundred milliseconds that the first
  // person to open the minutes after a start would otherwise wait for.
  await getDocumentAccess({ db, userId: "start-up", docName: meetingDocName("start-up") });
  if (options.seed && config.demo) {
    // The demo's data and sample minutes are loaded only in demo mode.
    const { seedDemo } = await import("./demo/seed");
    const meetingId = await seedDemo(db);
    if (meetingId) process.stdout.write(`Seeded the demo users and the sample meeting (${meetingId}).\n`);
  }
  const indexed = options.searchIndex === false ? null : await ensureSearchIndex(db);
  if (indexed !== null) process.stdout.write(`Built the search index (${indexed} meetings).\n`);
  return { config, db };
}

/** Applies the committed migrations the database has not had yet, on either engine. */
async function migrate(databaseUrl: string): Promise<void> {
  if (isPostgresUrl(databaseUrl)) {
    await migratePostgres(databaseUrl, path.join(PROJECT_ROOT, "prisma", "postgres", "migrations"));
    return;
  }
  prepareDatabaseFile(sqlitePath(databaseUrl));
  migrateSqlite(sqlitePath(databaseUrl), path.join(PROJECT_ROOT, "prisma", "migrations"));
}

/** Where to listen (loopback while demo passwords exist; refused with what to
 * do when HOST reaches further), and the setup code when there is no account. */
export async function accessAtStart(config: Config, db: Db): Promise<{ host: string | undefined; demo: boolean; setup: SetupCode | null }> {
  await flagDemoPasswords(db);
  const demoEmails = await demoPasswordEmails(db);
  const host = listenHost(config.host, demoEmails);
  const setup = (await db.user.count()) === 0 ? new SetupCode() : null;
  return { host, demo: demoEmails.length > 0, setup };
}
