// A person's search: the words of the query, in the meetings they are a member
// of (filtered by series and date), comments only where their role may read
// them, entries kept by the other filters (responsible body, status, category,
// speaker), best first or the newest meeting's first. Nothing of a meeting they are not a member of is looked at, so
// neither its entries nor their counts can show. Grouped by kind: the first
// PER_KIND of each, or, for one kind, a page of PAGE_SIZE.
import type { z } from "zod";
import { AppError } from "@/lib/app-error";
import type { searchAnswer, searchResult } from "@/lib/contracts/search";
import { facetKey } from "@/lib/search/facet-key";
import { SEARCH_KINDS } from "@/lib/search/search-kinds";
import { queryWords } from "@/lib/search/search-terms";
import { snippetOf } from "@/lib/search/snippet";
import type { SearchQuery } from "@/lib/validation/search";
import type { Db } from "@/server/db/client";
import { searchStoreFor, type FindFilters, type FoundEntry } from "./search-store";

export const PER_KIND = 5;
export const PAGE_SIZE = 20;
const DAY_MS = 86_400_000;

type SearchResult = z.input<typeof searchResult>;
export type SearchAnswerView = z.input<typeof searchAnswer>;

function linkOf(entry: FoundEntry): string {
  const meeting = `/meetings/${entry.meetingId}`;
  const version = entry.versionNumber === null ? "" : `/versions/${entry.versionNumber}`;
  if (entry.kind === "comment") return `${meeting}${version}${version ? "/comments" : ""}#thread-${entry.threadId ?? ""}`;
  return `${meeting}${version}${entry.blockId ? `#block-${entry.blockId}` : ""}`;
}

function filtersOf(query: SearchQuery): FindFilters {
  return {
    responsibleBody: query.body === undefined ? null : facetKey(query.body),
    status: query.status ?? null,
    categoryId: query.category ?? null,
    speaker: query.speaker === undefined ? null : facetKey(query.speaker),
  };
}

/** The meetings the person may search (kept by the series and dates asked
 * for), and those of them whose comments they may read: flat rows, since a
 * member of many meetings has many, and a viewer's meetings' setting looked
 * up only where it matters. */
async function readableMeetings(db: Db, userId: string, query: SearchQuery): Promise<{ ids: string[]; commentIds: string[] }> {
  const from = query.from ? new Date(`${query.from}T00:00:00Z`) : undefined;
  const to = query.to ? new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS) : undefined;
  const memberships = await db.membership.findMany({
    where: { userId, meeting: { ...(query.series ? { seriesId: query.series } : {}), startsAt: { gte: from, lt: to } } },
    select: { role: true, meetingId: true },
  });
  const viewing = memberships.filter(({ role }) => role === "viewer").map(({ meetingId }) => meetingId);
  const viewersSee = viewing.length === 0 ? [] : await db.meeting.findMany({ where: { id: { in: viewing }, viewersSeeComments: true }, select: { id: true } });
  const seen = new Set(viewersSee.map(({ id }) => id));
  return {
    ids: memberships.map(({ meetingId }) => meetingId),
    commentIds: memberships.filter(({ role, meetingId }) => role !== "viewer" || seen.has(meetingId)).map(({ meetingId }) => meetingId),
  };
}

/** The title and date of the meetings of the entries found (a page's, not every readable one's). */
async function meetingsOf(db: Db, entries: readonly FoundEntry[]) {
  const ids = [...new Set(entries.map((entry) => entry.meetingId))];
  if (ids.length === 0) return new Map<string, { id: string; title: string; startsAt: Date }>();
  const meetings = await db.meeting.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, startsAt: true } });
  return new Map(meetings.map((meeting) => [meeting.id, meeting]));
}

export async function searchEverything(options: { db: Db; userId: string; query: SearchQuery }): Promise<SearchAnswerView> {
  const { db, userId, query } = options;
  const words = queryWords(query.q);
  if ("problem" in words) {
    const key = words.problem === "tooShort" ? "search.tooShort" : "search.onlyCommonWords";
    throw new AppError("invalid_input", key, { q: key });
  }
  const readable = await readableMeetings(db, userId, query);
  const pageSize = query.kind ? PAGE_SIZE : PER_KIND;
  const found = await searchStoreFor(db).find(db, {
    words,
    meetingIds: readable.ids,
    commentMeetingIds: readable.commentIds,
    kind: query.kind ?? null,
    filters: filtersOf(query),
    order: query.sort,
    limit: pageSize,
    offset: query.kind ? (query.page - 1) * PAGE_SIZE : 0,
  });
  const meetings = await meetingsOf(db, found.entries);
  const results = found.entries.flatMap((entry): SearchResult[] => {
    const meeting = meetings.get(entry.meetingId);
    if (!meeting) return [];
    return [
      {
        kind: entry.kind,
        meetingId: meeting.id,
        meetingTitle: meeting.title,
        date: meeting.startsAt,
        versionNumber: entry.versionNumber,
        section: entry.section,
        snippet: snippetOf(entry.body, words),
        link: linkOf(entry),
      },
    ];
  });
  const groups = SEARCH_KINDS.filter((kind) => (found.counts[kind] ?? 0) > 0 && (!query.kind || kind === query.kind)).map((kind) => ({
    kind,
    total: found.counts[kind] ?? 0,
    results: results.filter((result) => result.kind === kind),
  }));
  return { near: found.near, page: query.kind ? query.page : 1, pageSize, groups };
}
