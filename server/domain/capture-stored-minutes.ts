// The minutes as stored (snapshot + update log), captured for a lock. Only
// right when no collaboration server holds the document open: the live
// capture (MinutesLocker) freezes the document instead.
import * as Y from "yjs";
import { meetingDocName } from "../../lib/collab-protocol";
import type { Db } from "../db/client";
import type { CapturedMinutes } from "./lock-meeting";
import { minutesJson } from "./read-meeting-minutes";
import { storeInitialMinutes } from "./store-initial-minutes";

export async function captureStoredMinutes(options: { db: Db; meetingId: string }): Promise<CapturedMinutes> {
  const docName = meetingDocName(options.meetingId);
  // Minutes never stored are the meeting's template.
  await storeInitialMinutes({ db: options.db, docName });
  const stored = await options.db.collabDocument.findUniqueOrThrow({
    where: { name: docName },
    include: { updates: { orderBy: { id: "asc" }, select: { data: true } } },
  });
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, Y.mergeUpdates([stored.snapshot, ...stored.updates.map((row) => row.data)]));
    return { yjsState: Y.encodeStateAsUpdate(doc), json: minutesJson(doc) };
  } finally {
    doc.destroy();
  }
}
