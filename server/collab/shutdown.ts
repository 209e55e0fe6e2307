// How a Kateb process stops on SIGTERM or SIGINT, whichever entry point runs
// it: no new connections; the collaboration server saves everything it
// accepted and closes its connections cleanly (1001); the search index takes
// in the last saves (a flush, not a wait); the database is closed;
// all within a deadline. Exits 0 only when nothing accepted was left unsaved.
import type { Server } from "node:http";
import type { Db } from "../db/client";
import type { SearchIndexer } from "../domain/search/search-indexer";
import type { CollabServer } from "./server";

export const SHUTDOWN_DEADLINE_MS = 5_000;
/** Kept for closing the database and exiting. */
const EXIT_MARGIN_MS = 500;

export function stopOnSignals(
  http: Server,
  collab: CollabServer,
  db: Db,
  search?: SearchIndexer,
  cluster?: { close(): Promise<void> } | null,
): void {
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
    let saved = false;
    try {
      http.close();
      saved = await collab.close(SHUTDOWN_DEADLINE_MS - EXIT_MARGIN_MS);
      http.closeAllConnections();
      await search?.flush();
      await cluster?.close();
      await db.$disconnect();
    } catch (error) {
      process.stderr.write(`Stopping failed: ${String(error)}\n`);
      saved = false;
    }
    const took = Date.now() - started;
    if (saved) process.stdout.write(`Stopped in ${took} ms; everything accepted is saved.\n`);
    else process.stderr.write(`Stopped in ${took} ms; some accepted changes could not be saved: their clients still hold them.\n`);
    process.exit(saved ? 0 : 1);
  };
  process.once("SIGTERM", () => void stop());
  process.once("SIGINT", () => void stop());
}
