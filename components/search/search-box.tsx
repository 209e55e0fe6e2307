"use client";
// The header's search box: a button (and Ctrl+K / ⌘K anywhere) opens a
// combobox; what is typed is searched once typing pauses, and the results are
// listed by kind. The arrows move through them, Enter opens one (its block in
// the version or the live minutes), Escape closes; the last line links to the
// search page with its filters.
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { SearchResult } from "@/lib/contracts/search";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { optionId, resultsInOrder, SearchListbox } from "./search-listbox";
import { searchHref, useSearchResults, type SearchState } from "./use-search-results";

/** Ctrl+K, or ⌘K on a Mac. */
const isOpenKey = (event: globalThis.KeyboardEvent): boolean =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "k";

function useOpenKey(open: () => void): void {
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!isOpenKey(event)) return;
      event.preventDefault();
      open();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);
}

const go = (result: SearchResult): void => window.location.assign(result.link);

interface ComboboxKeys {
  results: SearchResult[];
  active: number;
  setActive: (change: (current: number) => number) => void;
  query: string;
  close: () => void;
}

/** The box's keys: Escape closes, the arrows move through the results (round), Enter opens the active one or the search page. */
function onComboboxKey(event: KeyboardEvent<HTMLInputElement>, { results, active, setActive, query, close }: ComboboxKeys): void {
  if (event.key === "Escape") {
    event.preventDefault();
    close();
  } else if ((event.key === "ArrowDown" || event.key === "ArrowUp") && results.length > 0) {
    event.preventDefault();
    const step = event.key === "ArrowDown" ? 1 : -1;
    setActive((current) => (current + step + results.length) % results.length);
  } else if (event.key === "Enter") {
    event.preventDefault();
    const chosen = results[active];
    if (chosen) go(chosen);
    else if (query.trim() !== "") window.location.assign(searchHref("/search", query.trim()));
  }
}

export function SearchBox({ locale }: { locale: Locale }) {
  const t = translator(locale);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  const listboxId = `${id}-results`;
  const state = useSearchResults(query, locale);
  const results = state.status === "done" ? resultsInOrder(state.answer) : [];

  const show = useCallback(() => {
    setOpen(true);
    queueMicrotask(() => input.current?.select());
  }, []);
  useOpenKey(show);
  const close = (): void => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div className="search-box">
      <button ref={button} type="button" className="button button--small" aria-expanded={open} aria-keyshortcuts="Control+K Meta+K" onClick={() => (open ? close() : show())}>
        {t("search.open")}
      </button>
      {open && (
        <div className="search-box__panel" role="search">
          <input
            ref={input}
            type="search"
            className="search-box__input"
            role="combobox"
            aria-label={t("search.label")}
            aria-expanded={results.length > 0}
            aria-controls={listboxId}
            aria-autocomplete="list"
            aria-activedescendant={active >= 0 && active < results.length ? optionId(listboxId, active) : undefined}
            aria-describedby={`${id}-hint`}
            placeholder={t("search.placeholder")}
            dir="auto"
            value={query}
            autoComplete="off"
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(-1);
            }}
            onKeyDown={(event) => onComboboxKey(event, { results, active, setActive, query, close })}
            onBlur={(event) => {
              if (!event.currentTarget.closest(".search-box")?.contains(event.relatedTarget)) setOpen(false);
            }}
          />
          <p id={`${id}-hint`} className="visually-hidden">
            {t("search.hint")}
          </p>
          <StatusLine t={t} state={state} />
          {state.status === "done" && state.answer.groups.length > 0 && (
            <SearchListbox id={listboxId} label={t("search.results")} t={t} locale={locale} answer={state.answer} active={active} onChoose={go} onHover={setActive} />
          )}
          {query.trim() !== "" && (
            <a className="search-box__all" href={searchHref("/search", query.trim())}>
              {t("search.allResults")}
            </a>
          )}
        </div>
      )}
    </div>
  );
}

function StatusLine({ t, state }: { t: ReturnType<typeof translator>; state: SearchState }) {
  let text = "";
  if (state.status === "loading") text = t("search.searching");
  else if (state.status === "failed") text = state.message;
  else if (state.status === "done" && state.answer.groups.length === 0) text = t("search.nothing");
  else if (state.status === "done" && state.answer.near) text = t("search.near");
  return (
    <p className="search-box__status" role="status">
      {text}
    </p>
  );
}
