// The organisation's accounts matching what is typed (a part of a name or an
// email), from /api/directory after a pause: for organizers picking members
// and linking attendees to accounts.
import { useEffect, useState } from "react";
import { directoryAnswer, type DirectoryEntry } from "@/lib/contracts/directory";

export type { DirectoryEntry } from "@/lib/contracts/directory";

/** Matching accounts, leaving out `excludedIds` and an account whose email is exactly what is typed. */
export function useDirectory(typed: string, excludedIds: readonly string[] = []): DirectoryEntry[] {
  const [found, setFound] = useState<{ query: string; accounts: DirectoryEntry[] }>({ query: "", accounts: [] });
  const query = typed.trim();
  useEffect(() => {
    if (query.length < 2) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/directory?q=${encodeURIComponent(query)}`, { signal: abort.signal, credentials: "same-origin" })
        .then((response) => (response.ok ? response.json() : { accounts: [] }))
        .then((json: unknown) => {
          const parsed = directoryAnswer.safeParse(json);
          setFound({ query, accounts: parsed.success ? parsed.data.accounts : [] });
        })
        .catch(() => undefined);
    }, 200);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [query]);
  if (query.length < 2 || found.query !== query) return [];
  const excluded = new Set(excludedIds);
  return found.accounts.filter((entry) => !excluded.has(entry.id) && entry.email !== query.toLowerCase());
}
