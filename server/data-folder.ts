// The data folder holds password hashes, the minutes, live link tokens and the
// signing secret: only the account Kateb runs as may read it. SQLite would
// create its files 0644, and gives its WAL, shared-memory and journal files
// the database file's mode, so the database file is made owner-only first.
import { chmodSync, closeSync, mkdirSync, openSync, readdirSync } from "node:fs";
import path from "node:path";

const FOLDER_MODE = 0o700;
const FILE_MODE = 0o600;

/** Creates the folder owner-only, or tightens it and every file in it when an earlier run left them open. */
export function prepareDataFolder(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: FOLDER_MODE });
  chmodSync(dataDir, FOLDER_MODE);
  for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
    if (entry.isFile()) chmodSync(path.join(dataDir, entry.name), FILE_MODE);
  }
}

/** Creates the SQLite database file owner-only before SQLite opens it (an empty file is an empty database). */
export function prepareDatabaseFile(file: string): void {
  closeSync(openSync(file, "a", FILE_MODE));
  chmodSync(file, FILE_MODE);
}
