// Finding a series' responsible body by name, Persian-aware: two spellings
// that differ only in Arabic/Persian yeh and kaf, zero-width non-joiners or
// spaces are the same body. A merged body stands for the one it was merged into.
import { cleanText, comparisonKey } from "@/lib/persian-text";
import type { Tx } from "@/server/db/transaction";

/** The key two names of the same body share (spaces and ZWNJs dropped). */
export function responsibleBodyKey(name: string): string {
  return comparisonKey(name).replace(/\s+/g, "");
}

/** The body a (possibly merged) body stands for now. */
export async function currentBodyId(tx: Tx, bodyId: string): Promise<string> {
  let id = bodyId;
  // A merge chain is short; the bound keeps a damaged cycle from looping.
  for (let step = 0; step < 20; step += 1) {
    const body = await tx.responsibleBody.findUnique({ where: { id }, select: { mergedIntoId: true } });
    if (!body?.mergedIntoId) return id;
    id = body.mergedIntoId;
  }
  return id;
}

/** The id of the series' body with this name, created when there is none;
 * null for an empty name. */
export async function findOrCreateBody(tx: Tx, seriesId: string, name: string): Promise<string | null> {
  const clean = cleanText(name);
  const key = responsibleBodyKey(clean);
  if (!key) return null;
  // An upsert, so two locks naming a new body at once do not collide.
  const body = await tx.responsibleBody.upsert({
    where: { seriesId_key: { seriesId, key } },
    create: { seriesId, name: clean, key },
    update: {},
    select: { id: true },
  });
  return currentBodyId(tx, body.id);
}
