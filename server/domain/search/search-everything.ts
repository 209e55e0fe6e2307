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

async function readableMeetings(db: Db, userId: string, query: SearchQuery) {
  const from = query.from ? new Date(`${query.from}T00:00:00Z`) : undefined;
  const to = query.to ? new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS) : undefined;
  return db.membership.findMany({
    where: { userId, meeting: { ...(query.series ? { seriesId: query.series } : {}), startsAt: { gte: from, lt: to } } },
    select: { role: true, meeting: { select: { id: true, title: true, startsAt: true, viewersSeeComments: true } } },
  });
}

export async function searchEverything(options: { db: Db; userId: string; query: SearchQuery }): Promise<SearchAnswerView> {
  const { db, userId, query } = options;
  const words = queryWords(query.q);
  if ("problem" in words) {
    const key = words.problem === "tooShort" ? "search.tooShort" : "search.onlyCommonWords";
    throw new AppError("invalid_input", key, { q: key });
  }
  const memberships = await readableMeetings(db, userId, query);
  const meetings = new Map(memberships.map(({ meeting }) => [meeting.id, meeting]));
  const pageSize = query.kind ? PAGE_SIZE : PER_KIND;
  const found = await searchStoreFor(db).find(db, {
    words,
    meetingIds: [...meetings.keys()],
    commentMeetingIds: memberships.filter(({ role, meeting }) => role !== "viewer" || meeting.viewersSeeComments).map(({ meeting }) => meeting.id),
    kind: query.kind ?? null,
    filters: filtersOf(query),
    order: query.sort,
    limit: pageSize,
    offset: query.kind ? (query.page - 1) * PAGE_SIZE : 0,
  });
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
