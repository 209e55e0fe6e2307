// A series' list of responsible bodies: listed for its readers (the editor
// suggests them while typing), added and merged by its organizers. Merging
// moves the items of one spelling to the other; the merged spelling then
// finds the body it was merged into.
import type { z } from "zod";
import { AppError } from "@/lib/app-error";
import type { responsibleBody } from "@/lib/contracts/responsible-bodies";
import { cleanText } from "@/lib/persian-text";
import { isId } from "@/lib/validation/fields";
import type { Db } from "@/server/db/client";
import { currentBodyId, responsibleBodyKey } from "./responsible-body-lookup";
import { requireSeriesAccess, requireSeriesManager } from "../access/series-access";
import { isUniqueViolation, type Tx } from "@/server/db/transaction";

/** lib/contracts/responsible-bodies shapes the answer. */
export type ResponsibleBodyView = z.input<typeof responsibleBody>;

async function readBodies(tx: Tx, seriesId: string): Promise<ResponsibleBodyView[]> {
  const bodies = await tx.responsibleBody.findMany({
    where: { seriesId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    include: { _count: { select: { items: true } } },
  });
  const listed = bodies.filter((body) => body.mergedIntoId === null);
  const aliases = new Map<string, string[]>();
  for (const body of bodies) {
    if (body.mergedIntoId === null) continue;
    const target = await currentBodyId(tx, body.id);
    aliases.set(target, [...(aliases.get(target) ?? []), body.name]);
  }
  return listed.map((body) => ({
    id: body.id,
    name: body.name,
    contact: body.contact,
    aliases: aliases.get(body.id) ?? [],
    items: body._count.items,
  }));
}

export async function listResponsibleBodies(options: { db: Db; userId: string; seriesId: string }): Promise<ResponsibleBodyView[]> {
  await requireSeriesAccess(options.db, options.seriesId, options.userId);
  return readBodies(options.db, options.seriesId);
}

function bodyExists(): AppError {
  return new AppError("conflict", "error.tracker.bodyExists", { name: "error.tracker.bodyExists" });
}

export async function createResponsibleBody(options: {
  db: Db;
  userId: string;
  seriesId: string;
  fields: { name: string; contact: string };
}): Promise<ResponsibleBodyView> {
  const { db, seriesId } = options;
  const name = cleanText(options.fields.name);
  const key = responsibleBodyKey(name);
  try {
    return await db.$transaction(async (tx) => {
      await requireSeriesManager(tx, seriesId, options.userId);
      const existing = await tx.responsibleBody.findUnique({ where: { seriesId_key: { seriesId, key } }, select: { id: true } });
      if (existing) throw bodyExists();
      const body = await tx.responsibleBody.create({ data: { seriesId, name, key, contact: options.fields.contact } });
      return { id: body.id, name: body.name, contact: body.contact, aliases: [], items: 0 };
    });
  } catch (error) {
    throw isUniqueViolation(error) ? bodyExists() : error;
  }
}

/** Merges body `from` into body `into` (both of the series): its items move
 * and its spelling finds `into` from now on. Answers the series' new list. */
export async function mergeResponsibleBodies(options: {
  db: Db;
  userId: string;
  seriesId: string;
  from: string;
  into: string;
}): Promise<ResponsibleBodyView[]> {
  const { db, seriesId } = options;
  return db.$transaction(async (tx) => {
    await requireSeriesManager(tx, seriesId, options.userId);
    const from = await seriesBodyId(tx, seriesId, options.from, "from");
    const into = await seriesBodyId(tx, seriesId, options.into, "into");
    if (from === into) throw new AppError("invalid_input", "error.tracker.mergeSame", { into: "error.tracker.mergeSame" });
    await tx.trackedItem.updateMany({ where: { responsibleBodyId: from }, data: { responsibleBodyId: into } });
    // Bodies merged into `from` earlier follow it.
    await tx.responsibleBody.updateMany({ where: { mergedIntoId: from }, data: { mergedIntoId: into } });
    await tx.responsibleBody.update({ where: { id: from }, data: { mergedIntoId: into } });
    return readBodies(tx, seriesId);
  });
}

async function seriesBodyId(tx: Tx, seriesId: string, bodyId: string, field: string): Promise<string> {
  const body = isId(bodyId) ? await tx.responsibleBody.findUnique({ where: { id: bodyId }, select: { seriesId: true } }) : null;
  if (!body || body.seriesId !== seriesId) {
    throw new AppError("invalid_input", "error.tracker.unknownBody", { [field]: "error.tracker.unknownBody" });
  }
  return currentBodyId(tx, bodyId);
}
