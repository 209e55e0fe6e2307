// The search box's list of results: one group per kind, headed by the kind and
// its total, each result an option (the active one is the combobox's
// aria-activedescendant). The mouse chooses without taking the focus from the box.
import type { SearchAnswer, SearchResult } from "@/lib/contracts/search";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translate";
import { groupHeading, SearchResultView } from "./search-result-view";

export const optionId = (listboxId: string, index: number): string => `${listboxId}-option-${index}`;

/** The answer's results in the order the list shows them. */
export const resultsInOrder = (answer: SearchAnswer): SearchResult[] => answer.groups.flatMap((group) => group.results);

interface ListboxProps {
  id: string;
  label: string;
  t: Translator;
  locale: Locale;
  answer: SearchAnswer;
  active: number;
  onChoose: (result: SearchResult) => void;
  onHover: (index: number) => void;
}

export function SearchListbox({ id, label, t, locale, answer, active, onChoose, onHover }: ListboxProps) {
  // Each group's first option's place in the whole list.
  const starts = answer.groups.map((_, g) => answer.groups.slice(0, g).reduce((sum, group) => sum + group.results.length, 0));
  return (
    <div id={id} role="listbox" aria-label={label} className="search-box__list">
      {answer.groups.map((group, g) => {
        const headingId = `${id}-${group.kind}`;
        return (
          <div key={group.kind} role="group" aria-labelledby={headingId} className="search-box__group">
            <div id={headingId} role="presentation" className="search-box__kind">
              {groupHeading(t, locale, group.kind, group.total)}
            </div>
            {group.results.map((result, r) => {
              const mine = (starts[g] ?? 0) + r;
              return (
                <div
                  key={`${result.link}-${mine}`}
                  id={optionId(id, mine)}
                  role="option"
                  aria-selected={mine === active}
                  className="search-result search-box__option"
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => onHover(mine)}
                  onClick={() => onChoose(result)}
                >
                  <SearchResultView t={t} locale={locale} result={result} />
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
