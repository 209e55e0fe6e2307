// The search page's results: a section per kind, headed by the kind and its
// total, each result a link to its block; without a kind chosen, a link to
// all of a kind; with one, the pages of it.
import type { SearchAnswer } from "@/lib/contracts/search";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import type { Translator } from "@/lib/i18n/translate";
import type { SearchKind } from "@/lib/search/search-kinds";
import { MAX_SEARCH_PAGE } from "@/lib/validation/search";
import { groupHeading, SearchResultView } from "./search-result-view";

interface GroupsProps {
  t: Translator;
  locale: Locale;
  answer: SearchAnswer;
  /** The chosen kind, if any: then the answer is one page of it. */
  kind: SearchKind | undefined;
  /** The page's address for a kind (all of it) or for another page. */
  href: (changes: { kind?: SearchKind; page?: number }) => string;
}

export function SearchGroups({ t, locale, answer, kind, href }: GroupsProps) {
  if (answer.groups.length === 0) return <p role="status">{t("search.nothing")}</p>;
  return (
    <>
      <p role="status" className="muted">
        {answer.near ? t("search.near") : ""}
      </p>
      {answer.groups.map((group) => (
        <section key={group.kind} className="search-group" aria-labelledby={`search-group-${group.kind}`}>
          <h2 id={`search-group-${group.kind}`} className="section-title">
            {groupHeading(t, locale, group.kind, group.total)}
          </h2>
          <ol className="search-group__list">
            {group.results.map((result, index) => (
              <li key={`${result.link}-${index}`}>
                <a href={result.link}>
                  <span className="search-result">
                    <SearchResultView t={t} locale={locale} result={result} />
                  </span>
                </a>
              </li>
            ))}
          </ol>
          {!kind && group.total > group.results.length && <a href={href({ kind: group.kind, page: 1 })}>{t("search.showAll")}</a>}
          {kind && <Paging t={t} locale={locale} page={answer.page} pages={Math.min(MAX_SEARCH_PAGE, Math.ceil(group.total / answer.pageSize))} href={href} />}
        </section>
      ))}
    </>
  );
}

function Paging({ t, locale, page, pages, href }: { t: Translator; locale: Locale; page: number; pages: number; href: GroupsProps["href"] }) {
  if (pages <= 1) return null;
  return (
    <nav className="search-paging" aria-label={t("search.paging")}>
      {page > 1 && (
        <a href={href({ page: page - 1 })} rel="prev">
          {t("search.previous")}
        </a>
      )}
      <span aria-current="page">{t("search.pageOf", { page: formatInteger(page, locale) })}</span>
      {page < pages && (
        <a href={href({ page: page + 1 })} rel="next">
          {t("search.next")}
        </a>
      )}
    </nav>
  );
}
