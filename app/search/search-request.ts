// The search page's address read as a search: the words and filters as the
// form shows them again (dates in Jalali), and the query the search takes
// (dates as ISO days), or why there is none.
import type { Locale } from "@/lib/i18n/locales";
import type { MessageKey } from "@/lib/i18n/messages-fa";
import { isoDayToJalaliText, jalaliTextToIsoDay } from "@/lib/search/jalali-day";
import { isMessageKey } from "@/lib/validation/field-messages";
import { searchParamsOf, searchQuerySchema, type SearchQuery } from "@/lib/validation/search";

export type PageParams = Record<string, string | string[] | undefined>;

export interface SearchForm {
  q: string;
  kind: string;
  series: string;
  from: string;
  to: string;
  body: string;
  status: string;
  category: string;
  speaker: string;
  sort: string;
}

export interface SearchRequest {
  form: SearchForm;
  /** Null when there is nothing to search (no words) or the filters are wrong. */
  query: SearchQuery | null;
  errors: Partial<Record<keyof SearchForm | "page", MessageKey>>;
}

const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

export function readSearchRequest(params: PageParams, locale: Locale): SearchRequest {
  const text = (name: keyof SearchForm | "page"): string => first(params[name]);
  const form: SearchForm = {
    q: text("q"),
    kind: text("kind"),
    series: text("series"),
    from: text("from"),
    to: text("to"),
    body: text("body"),
    status: text("status"),
    category: text("category"),
    speaker: text("speaker"),
    sort: text("sort"),
  };
  const errors: SearchRequest["errors"] = {};
  const days: Record<"from" | "to", string> = { from: "", to: "" };
  for (const name of ["from", "to"] as const) {
    const day = jalaliTextToIsoDay(form[name]);
    if (day === "invalid") errors[name] = "search.badJalaliDate";
    else if (day !== null) {
      days[name] = day;
      form[name] = isoDayToJalaliText(day, locale);
    }
  }
  const raw = new URLSearchParams({ ...form, ...days, page: text("page") });
  const parsed = searchQuerySchema.safeParse(searchParamsOf(raw));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "q");
      if (field === "body" || field === "status" || field === "speaker" || field === "sort") errors[field] = isMessageKey(issue.message) ? issue.message : "invalid.value";
      else if (field === "q" || field === "kind" || field === "series" || field === "category" || field === "page") errors[field] = "invalid.value";
    }
  }
  const ready = parsed.success && Object.keys(errors).length === 0 && form.q.trim() !== "";
  return { form, query: ready ? parsed.data : null, errors };
}

/** The page's address for a query and filters (dates as ISO days), on `page`. */
export function searchPageHref(query: SearchQuery, changes: Partial<Pick<SearchQuery, "kind" | "page">> = {}): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams({ q: next.q });
  if (next.kind) params.set("kind", next.kind);
  if (next.series) params.set("series", next.series);
  if (next.from) params.set("from", next.from);
  if (next.to) params.set("to", next.to);
  if (next.body) params.set("body", next.body);
  if (next.status) params.set("status", next.status);
  if (next.category) params.set("category", next.category);
  if (next.speaker) params.set("speaker", next.speaker);
  if (next.sort !== "relevance") params.set("sort", next.sort);
  if (next.page > 1) params.set("page", String(next.page));
  return `/search?${params.toString()}`;
}
