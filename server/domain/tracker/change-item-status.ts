// The organizer moves a tracked item along routed → acknowledged →
// in_progress → answered → closed (or withdraws it), with a note and optional
// evidence, and may assign its responsible body and due date in the same
// step. A skipped step or a step back needs a note. All or nothing.
import { AppError } from "@/lib/app-error";
import type { Locale } from "@/lib/i18n/locales";
import { checkTransition, toTrackerStatus, type TrackerStatus } from "@/lib/tracker-status";
import type { ChangeTrackedItemFields } from "@/lib/validation/tracker";
import { isId } from "@/lib/validation/fields";
import type { Db } from "@/server/db/client";
import { currentBodyId } from "./responsible-body-lookup";
import { requireSeriesManager } from "../access/series-access";
import {
  categoryNames,
  itemHistory,
  tehranDay,
  trackedItemInclude,
  trackedItemView,
  type TrackedItemWithHistoryView,
} from "./tracked-item-view";

function noSuchItem(): AppError {
  return new AppError("not_found", "no such tracked item for this user");
}

export async function changeItemStatus(options: {
  db: Db;
  itemId: string;
  userId: string;
  fields: ChangeTrackedItemFields;
  locale?: Locale;
  now?: Date;
}): Promise<TrackedItemWithHistoryView> {
  const { db, itemId, userId, fields } = options;
  if (!isId(itemId)) throw noSuchItem();
  const today = tehranDay(options.now ?? new Date());
  return db.$transaction(async (tx) => {
    const item = await tx.trackedItem.findUnique({ where: { id: itemId }, include: trackedItemInclude });
    if (!item) throw noSuchItem();
    // A reader of the series may see the item but not change it (403); anyone else learns nothing (404).
    await requireSeriesManager(tx, item.seriesId, userId);

    const data: { status?: TrackerStatus; responsibleBodyId?: string | null; due?: string | null } = {};
    if (fields.responsibleBodyId !== undefined) {
      data.responsibleBodyId =
        fields.responsibleBodyId === null ? null : await seriesBody(tx, item.seriesId, fields.responsibleBodyId);
    }
    if (fields.due !== undefined) {
      if (fields.due !== null && fields.due < tehranDay(item.meeting.startsAt)) {
        throw new AppError("invalid_input", "error.tracker.dueBeforeMeeting", { due: "error.tracker.dueBeforeMeeting" });
      }
      data.due = fields.due;
    }
    const from = toTrackerStatus(item.status);
    if (fields.status !== undefined) {
      const check = checkTransition(from, fields.status, fields.note !== "");
      if (!check.ok && check.reason === "same") {
        throw new AppError("conflict", "error.tracker.sameStatus", { status: "error.tracker.sameStatus" });
      }
      if (!check.ok) throw new AppError("invalid_input", "error.tracker.noteRequired", { note: "error.tracker.noteRequired" });
      data.status = fields.status;
    }
    // Compare-and-set on the status: of two changes made at once, one is refused.
    const { count } = await tx.trackedItem.updateMany({
      where: { id: itemId, status: item.status },
      data: { ...data, ...(data.status === "withdrawn" ? { withdrawnInVersion: null } : {}) },
    });
    if (count !== 1) throw new AppError("conflict");
    if (data.status !== undefined) {
      await tx.trackedItemEvent.create({
        data: {
          itemId,
          userId,
          fromStatus: from,
          toStatus: data.status,
          note: fields.note,
          evidence: fields.evidence,
          evidenceLink: fields.evidenceLink,
        },
      });
    }
    const saved = await tx.trackedItem.findUniqueOrThrow({ where: { id: itemId }, include: trackedItemInclude });
    const view = trackedItemView(saved, {
      locale: options.locale ?? "fa",
      today,
      categories: await categoryNames(tx, item.seriesId),
    });
    return { ...view, history: await itemHistory(tx, itemId) };
  });
}

/** The id of one of the series' bodies (a merged one stands for its target). */
async function seriesBody(tx: Parameters<typeof currentBodyId>[0], seriesId: string, bodyId: string): Promise<string> {
  const body = await tx.responsibleBody.findUnique({ where: { id: bodyId }, select: { seriesId: true } });
  if (!body || body.seriesId !== seriesId) {
    throw new AppError("invalid_input", "error.tracker.unknownBody", { responsibleBodyId: "error.tracker.unknownBody" });
  }
  return currentBodyId(tx, bodyId);
}
