// The collaboration server as both entry points run it (server/main.ts with
// Next.js, server/collab/main.ts alone): its settings from the validated
// configuration, new minutes built from the meeting on first open, and the
// search index told of each save of the minutes.
import { meetingIdOfDoc } from "@/lib/collab-protocol";
import type { Config } from "../config";
import type { Db } from "../db/client";
import { buildInitialMinutes } from "../domain/minutes/build-initial-minutes";
import type { SearchIndexer } from "../domain/search/search-indexer";
import { CollabServer } from "./server";

export function collabServerFor(config: Config, db: Db, search?: SearchIndexer): CollabServer {
  return new CollabServer({
    db,
    secret: config.secret,
    idleUnloadMs: config.collab.idleUnloadMs,
    compactAfter: config.collab.compactAfter,
    pingIntervalMs: config.collab.pingIntervalMs,
    limits: config.collab.limits,
    initialState: (docName) => buildInitialMinutes({ db, docName }),
    onSaved: (docName) => {
      const meetingId = meetingIdOfDoc(docName);
      if (meetingId !== null) search?.meetingChanged(meetingId);
    },
  });
}
