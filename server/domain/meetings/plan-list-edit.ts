// Turns the new version of an ordered list (items with the id of a stored row,
// or none for a new one) into the rows to update, create and drop. Ids stay
// stable, so what refers to a row (a section of the minutes, a proposal's
// category) still does after the edit.
import { AppError } from "@/lib/app-error";
import type { MessageKey } from "@/lib/i18n/messages-fa";

export interface ListEdit<T> {
  keep: Array<{ id: string; position: number; item: T }>;
  add: Array<{ position: number; item: T }>;
  drop: string[];
}

/** Refuses an id that is not one of `storedIds`, naming each such item's field (`<field>.<index>.id`). */
export function planListEdit<T extends { id?: string }>(options: {
  storedIds: readonly string[];
  items: readonly T[];
  field: string;
  unknownKey: MessageKey;
}): ListEdit<T> {
  const stored = new Set(options.storedIds);
  const plan: ListEdit<T> = { keep: [], add: [], drop: [] };
  const unknown: Record<string, string> = {};
  options.items.forEach((item, position) => {
    if (item.id === undefined) plan.add.push({ position, item });
    else if (stored.has(item.id)) plan.keep.push({ id: item.id, position, item });
    else unknown[`${options.field}.${position}.id`] = options.unknownKey;
  });
  if (Object.keys(unknown).length > 0) throw new AppError("invalid_input", "unknown item id", unknown);
  const kept = new Set(plan.keep.map((entry) => entry.id));
  plan.drop = options.storedIds.filter((id) => !kept.has(id));
  return plan;
}
