// What the header's search box shows for what is typed: the API's answer
// (GET /api/search), asked for once typing pauses, never for an empty query;
// an answer to an older query that arrives late is dropped.
import { useEffect, useState } from "react";
import { searchAnswer, type SearchAnswer } from "@/lib/contracts/search";
import type { Locale } from "@/lib/i18n/locales";
import { getJson } from "../ui/api-request";

export const SEARCH_DEBOUNCE_MS = 250;

export type SearchState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "done"; answer: SearchAnswer }
  | { status: "failed"; message: string };

/** The search page's (and the API's) address for a query. */
export function searchHref(path: "/search" | "/api/search", q: string): string {
  return `${path}?${new URLSearchParams({ q }).toString()}`;
}

export function useSearchResults(query: string, locale: Locale): SearchState {
  const [state, setState] = useState<SearchState>({ status: "idle" });
  const q = query.trim();
  useEffect(() => {
    let current = true;
    if (q === "") {
      queueMicrotask(() => current && setState({ status: "idle" }));
      return () => {
        current = false;
      };
    }
    const timer = setTimeout(() => {
      setState({ status: "loading" });
      void getJson(searchHref("/api/search", q), searchAnswer, locale).then((result) => {
        if (!current) return;
        setState(result.ok ? { status: "done", answer: result.data } : { status: "failed", message: result.message });
      });
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q, locale]);
  return state;
}
