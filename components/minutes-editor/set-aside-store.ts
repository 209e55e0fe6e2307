// Kept edits that were not sent (the minutes moved on while they waited), as
// this browser shows them until the user removes them: in localStorage, per
// meeting and user, only their text. Unreadable entries are dropped.
import { z } from "zod";
import { setAsideEditsSchema, type SetAsideEdits } from "@/lib/offline/kept-edits";

const listSchema = z.array(z.unknown());

function key(meetingId: string, userId: string): string {
  return `kateb-set-aside:${meetingId}:${userId}`;
}

export function readSetAside(meetingId: string, userId: string): SetAsideEdits[] {
  try {
    const text = window.localStorage.getItem(key(meetingId, userId));
    if (!text) return [];
    const list = listSchema.safeParse(JSON.parse(text));
    if (!list.success) return [];
    return list.data.flatMap((entry) => {
      const parsed = setAsideEditsSchema.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    });
  } catch {
    return [];
  }
}

/** Adds an entry (an entry with the same id is replaced); false when it could not be stored. */
export function addSetAside(meetingId: string, userId: string, entry: SetAsideEdits): boolean {
  const list = [...readSetAside(meetingId, userId).filter((kept) => kept.id !== entry.id), entry];
  return write(meetingId, userId, list);
}

export function removeSetAside(meetingId: string, userId: string, id: string): void {
  write(
    meetingId,
    userId,
    readSetAside(meetingId, userId).filter((kept) => kept.id !== id),
  );
}

function write(meetingId: string, userId: string, list: SetAsideEdits[]): boolean {
  try {
    if (list.length === 0) window.localStorage.removeItem(key(meetingId, userId));
    else window.localStorage.setItem(key(meetingId, userId), JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}
