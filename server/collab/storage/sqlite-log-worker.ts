// The update log's worker thread: runs each request of sqlite-update-log.ts on
// its own SQLite connection, one at a time, in the order they were sent. This
// connection waits for other connections' write locks; the event loop's never does.
import { parentPort, workerData } from "node:worker_threads";
import { SqliteLogStatements } from "./sqlite-log-statements";
import { unpackBatch, type LogReply, type LogRequest, type LogResult } from "./sqlite-log-messages";

const port = parentPort;
if (!port) throw new Error("sqlite-log-worker.ts runs as a worker thread");
const statements = new SqliteLogStatements(String((workerData as { file: unknown }).file), { waitForLock: true });

port.on("message", (request: LogRequest) => {
  let reply: LogReply;
  try {
    reply = { id: request.id, ok: true, result: run(request) };
  } catch (error) {
    const code = error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;
    reply = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error), code };
  }
  port.postMessage(reply);
  if (request.op === "close") port.close();
});

function run(request: LogRequest): LogResult {
  switch (request.op) {
    case "load":
      return statements.load(request.name);
    case "create":
      statements.createIfMissing(request.name, request.snapshot);
      return null;
    case "append":
      statements.append(unpackBatch(request.batch));
      return null;
    case "compact":
      return statements.compact(request.name, request.snapshot);
    case "move":
      return statements.moveJournal();
    case "close":
      try {
        statements.moveJournal();
      } catch {
        // Left in the journal: read with its documents, and filed at the next start.
      }
      statements.close();
      return null;
  }
}
