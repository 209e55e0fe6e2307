// Makes the collaboration server's writes fail as a failing disk would, on
// either engine: a trigger refuses every insert into the table the update log
// commits to first (CollabUpdateJournal on SQLite, CollabUpdate on PostgreSQL).
import { engineOf, type Db } from "@/server/db/client";

export async function failCollabWrites(db: Db): Promise<void> {
  if (engineOf(db) === "sqlite") {
    await db.$executeRawUnsafe(
      `CREATE TRIGGER "collab_disk_fails" BEFORE INSERT ON "CollabUpdateJournal" BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`,
    );
    return;
  }
  await db.$executeRawUnsafe(
    `CREATE OR REPLACE FUNCTION "collab_disk_fails"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk I/O error'; END $$`,
  );
  await db.$executeRawUnsafe(`CREATE TRIGGER "collab_disk_fails" BEFORE INSERT ON "CollabUpdate" EXECUTE FUNCTION "collab_disk_fails"()`);
}

export async function restoreCollabWrites(db: Db): Promise<void> {
  if (engineOf(db) === "sqlite") await db.$executeRawUnsafe(`DROP TRIGGER "collab_disk_fails"`);
  else await db.$executeRawUnsafe(`DROP TRIGGER "collab_disk_fails" ON "CollabUpdate"`);
}
