// The accounts of the directory matching what was typed, each a button that picks it.
import type { Translator } from "@/lib/i18n/translate";
import type { DirectoryEntry } from "./use-directory";
import { UserText } from "../ui/user-text";

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
            <UserText text={entry.name} />{" "}
            <UserText text={entry.email} dir="ltr" className="muted" />
          </button>
        </li>
      ))}
    </ul>
  );
}
