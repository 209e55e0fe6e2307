// What search finds, by kind: a meeting (title, guests, agenda), a block of the
// minutes (a section or a Q&A item, live or of a version), a proposal, a
// resolution, a follow-up, a tracker item (text, responsible body, status), a comment.
import { z } from "zod";

export const SEARCH_KINDS = ["meeting", "minutes", "proposal", "resolution", "followUp", "tracker", "comment"] as const;
export const searchKindSchema = z.enum(SEARCH_KINDS);
export type SearchKind = z.infer<typeof searchKindSchema>;
