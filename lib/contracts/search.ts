// What GET /api/search answers: the results grouped by kind, each with how
// many there are in all (of what the asker may read) and a page of them.
import { z } from "zod";
import { searchKindSchema } from "../search/search-kinds";
import { moment } from "./moment";

export const snippetPart = z.object({ text: z.string(), match: z.boolean() });

export const searchResult = z.object({
  kind: searchKindSchema,
  meetingId: z.string(),
  meetingTitle: z.string(),
  /** When the meeting was (the UI writes it in the Jalali calendar). */
  date: moment,
  /** The locked version it is in; null for the live minutes and for what is not minutes. */
  versionNumber: z.number().int().nullable(),
  section: z.string(),
  snippet: z.array(snippetPart),
  /** Where it is: the block (#block-…) in the version or the live minutes, or the comment thread. */
  link: z.string(),
});

export const searchGroup = z.object({
  kind: searchKindSchema,
  total: z.number().int(),
  results: z.array(searchResult),
});

export const searchAnswer = z.object({
  /** No entry held the words; these are near matches. */
  near: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
  groups: z.array(searchGroup),
});

export type SearchAnswer = z.output<typeof searchAnswer>;
export type SearchResult = z.output<typeof searchResult>;
