// The collaboration server as both entry points run it (server/main.ts with
// Next.js, server/collab/main.ts alone): its settings from the validated
// configuration, and new minutes built from the meeting on first open.
import type { Config } from "../config";
import type { Db } from "../db/client";
import { buildInitialMinutes } from "../domain/minutes/build-initial-minutes";
import { CollabServer } from "./server";

export function collabServerFor(config: Config, db: Db): CollabServer {
  return new CollabServer({
    db,
    secret: config.secret,
    idleUnloadMs: config.collab.idleUnloadMs,
    compactAfter: config.collab.compactAfter,
    pingIntervalMs: config.collab.pingIntervalMs,
    limits: config.collab.limits,
    initialState: (docName) => buildInitialMinutes({ db, docName }),
  });
}
