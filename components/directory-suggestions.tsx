// The accounts of the directory matching what was typed, each a button that picks it.
import type { Translator } from "../lib/i18n/translate";
import type { DirectoryEntry } from "./use-directory";

export function DirectorySuggestions({ entries, t, onPick }: { entries: readonly DirectoryEntry[]; t: Translator; onPick: (entry: DirectoryEntry) => void }) {
  if (entries.length === 0) return null;
  return (
    <ul className="directory-suggestions" aria-label={t("directory.suggestions")}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <button
            type="button"
            className="directory-suggestions__pick"
            aria-label={t("directory.pick", { name: `${entry.name} ${entry.email}` })}
            onClick={() => onPick(entry)}
          >
            <bdi>{entry.name}</bdi>{" "}
            <bdi dir="ltr" className="muted">
              {entry.email}
            </bdi>
          </button>
        </li>
      ))}
    </ul>
  );
}
