// Stores a meeting's first minutes, once: a later call leaves them as they are.
// By default the template; the seed passes fuller content.
import type { JSONContent } from "@tiptap/core";
import type { MinutesSeed } from "@/lib/editor/initial-minutes";
import type { Db } from "@/server/db/client";
import { buildInitialMinutes, loadMinutesSeed, minutesState } from "./build-initial-minutes";

export async function storeInitialMinutes(options: {
  db: Db;
  docName: string;
  content?: (seed: MinutesSeed) => JSONContent;
}): Promise<void> {
  const { db, docName, content } = options;
  const existing = await db.collabDocument.findUnique({ where: { name: docName }, select: { name: true } });
  if (existing) return;
  const state = content ? minutesState(content(await loadMinutesSeed(db, docName))) : await buildInitialMinutes({ db, docName });
  await db.collabDocument.upsert({
    where: { name: docName },
    create: { name: docName, snapshot: Uint8Array.from(state) },
    update: {},
  });
}
