// The minutes as stored (snapshot + update log), captured for a lock. Only
// right when no collaboration server holds the document open: the live
// capture (MinutesLocker) freezes the document instead.
import * as Y from "yjs";
import { meetingDocName } from "@/lib/collab-protocol";
import type { Db } from "@/server/db/client";
import { readStoredDocument, storedState } from "@/server/db/stored-document";
import type { CapturedMinutes } from "./lock-meeting";
import { minutesJson } from "./read-meeting-minutes";
import { storeInitialMinutes } from "./store-initial-minutes";

export async function captureStoredMinutes(options: { db: Db; meetingId: string }): Promise<CapturedMinutes> {
  const docName = meetingDocName(options.meetingId);
  // Minutes never stored are the meeting's template.
  await storeInitialMinutes({ db: options.db, docName });
  const stored = await readStoredDocument(options.db, docName);
  if (!stored) throw new Error(`the minutes of ${options.meetingId} were not stored`);
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, storedState(stored));
    return { yjsState: Y.encodeStateAsUpdate(doc), json: minutesJson(doc) };
  } finally {
    doc.destroy();
  }
}
