// A real, migrated SQLite database in a temporary folder, for one test file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDb, type Db } from "@/server/db/client";
import { migrateSqlite } from "@/server/db/migrate";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");

export interface TestDb {
  db: Db;
  dir: string;
  file: string;
  url: string;
  cleanup: () => Promise<void>;
}

export function createTestDb(): TestDb {
  const dir = mkdtempSync(path.join(tmpdir(), "kateb-test-"));
  const file = path.join(dir, "kateb.db");
  migrateSqlite(file, path.join(ROOT, "prisma", "migrations"));
  const url = `file:${file}`;
  const db = openDb(url);
  return {
    db,
    dir,
    file,
    url,
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
