// Stores a meeting's first minutes, once: a later call leaves them as they are.
import type { Db } from "../db/client";
import { buildInitialMinutes } from "./build-initial-minutes";

export async function storeInitialMinutes(options: { db: Db; docName: string }): Promise<void> {
  const existing = await options.db.collabDocument.findUnique({ where: { name: options.docName }, select: { name: true } });
  if (existing) return;
  const snapshot = Uint8Array.from(await buildInitialMinutes(options));
  await options.db.collabDocument.upsert({
    where: { name: options.docName },
    create: { name: options.docName, snapshot },
    update: {},
  });
}
