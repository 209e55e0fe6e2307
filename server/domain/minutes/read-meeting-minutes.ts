// The structured reading of a meeting's minutes as stored (snapshot + log).
import { yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import type { JSONContent } from "@tiptap/core";
import * as Y from "yjs";
import { AppError } from "@/lib/app-error";
import { MINUTES_FRAGMENT } from "@/lib/editor/extensions";
import { readMinutes, type MinutesReading } from "@/lib/editor/read-minutes";
import type { Db } from "@/server/db/client";
import { readStoredDocument, storedState } from "@/server/db/stored-document";

/** The minutes of a Yjs document as ProseMirror JSON. */
export function minutesJson(doc: Y.Doc): JSONContent {
  return yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(MINUTES_FRAGMENT)) as JSONContent;
}

export async function readMeetingMinutes(options: { db: Db; docName: string }): Promise<MinutesReading> {
  const stored = await readStoredDocument(options.db, options.docName);
  if (!stored) throw new AppError("not_found");
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, storedState(stored));
    return readMinutes(minutesJson(doc));
  } finally {
    doc.destroy();
  }
}
