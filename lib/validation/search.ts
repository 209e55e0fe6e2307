// The query of GET /api/search: what to find, and the filters. A query of any
// length is taken (its first MAX_QUERY_CHARACTERS are read); what it needs to
// be worth searching is lib/search/search-terms.ts's to say. A responsible
// body and a speaker are names compared as lib/search/facet-key.ts keys them.
import { z } from "zod";
import { facetKey } from "../search/facet-key";
import { searchKindSchema } from "../search/search-kinds";
import { TRACKER_STATUSES } from "../tracker-status";
import { idSchema, message, userTextSchema } from "./fields";

const day = z
  .string(message("search.badDate"))
  .regex(/^\d{4}-\d{2}-\d{2}$/, message("search.badDate"))
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), message("search.badDate"));

export const MAX_SEARCH_PAGE = 50;
export const MAX_FILTER_NAME = 200;
export const SEARCH_ORDERS = ["relevance", "date"] as const;

/** A name to filter by: some letter or digit in it, not too long. */
const name = userTextSchema("search.badName")
  .max(MAX_FILTER_NAME, message("search.nameTooLong"))
  .refine((value) => facetKey(value) !== "", message("search.badName"));

export const searchQuerySchema = z.object({
  q: z.string(message("invalid.value")).default(""),
  kind: searchKindSchema.optional(),
  series: idSchema.optional(),
  /** The first day of meetings to search (UTC), and the last. */
  from: day.optional(),
  to: day.optional(),
  /** The responsible body (follow-ups, resolutions, tracked items), a part of its name. */
  body: name.optional(),
  status: z.enum(TRACKER_STATUSES, message("search.badStatus")).optional(),
  /** A proposal category's id. */
  category: idSchema.optional(),
  /** Who asked or answered (Q&A items), a part of the name. */
  speaker: name.optional(),
  /** Best first, or the newest meeting's first. */
  sort: z.enum(SEARCH_ORDERS, message("search.badSort")).default("relevance"),
  page: z.coerce.number(message("invalid.value")).int(message("invalid.value")).min(1, message("invalid.value")).max(MAX_SEARCH_PAGE, message("invalid.value")).default(1),
});

export type SearchQuery = z.output<typeof searchQuerySchema>;

/** The query string's parameters, each once (an empty one as absent, q excepted). */
export function searchParamsOf(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ["q", "kind", "series", "from", "to", "body", "status", "category", "speaker", "sort", "page"]) {
    const value = params.get(key);
    if (value !== null && (value !== "" || key === "q")) out[key] = value;
  }
  return out;
}
