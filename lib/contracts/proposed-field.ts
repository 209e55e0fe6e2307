// The fields of a tracked item that minutes may propose to change, named both
// by the lock's proposed changes (lock.ts) and by an item's history. Kept apart
// from both: the tracker's contracts name it too.
import { z } from "zod";

export const PROPOSED_FIELDS = ["status", "due", "responsibleBody", "text", "category"] as const;
export const proposedField = z.enum(PROPOSED_FIELDS);
export type ProposedField = z.output<typeof proposedField>;
