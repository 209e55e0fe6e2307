// The search page: the words and filters of the address (a GET form, so it
// works without JavaScript), searched as the signed-in person with the same
// use case as GET /api/search: only what they may read, grouped by kind.
import type { Metadata } from "next";
import { SearchFilters } from "@/components/search/search-filters";
import { SearchGroups } from "@/components/search/search-groups";
import { isAppError } from "@/lib/app-error";
import { searchAnswer, type SearchAnswer } from "@/lib/contracts/search";
import { isMessageKey } from "@/lib/validation/field-messages";
import { translator, type Translator } from "@/lib/i18n/translate";
import type { SearchQuery } from "@/lib/validation/search";
import { searchEverything } from "@/server/domain/search/search-everything";
import { listSeries } from "@/server/domain/series/list-series";
import { getServices } from "@/server/services";
import { requestLocale } from "../locale";
import { requireSignedIn } from "../signed-in-user";
import { readSearchRequest, searchPageHref, type PageParams } from "./search-request";

interface SearchPageProps {
  searchParams: Promise<PageParams>;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await requestLocale())("search.page.title") };
}

/** The answer, or the sentence that says why there is none (a query too short…). */
async function run(userId: string, query: SearchQuery, t: Translator): Promise<SearchAnswer | string> {
  try {
    return searchAnswer.parse(await searchEverything({ db: getServices().db, userId, query }));
  } catch (error) {
    if (isAppError(error) && error.code === "invalid_input") return isMessageKey(error.message) ? t(error.message) : t("error.invalid_input");
    throw error;
  }
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const [params, locale] = await Promise.all([searchParams, requestLocale()]);
  const request = readSearchRequest(params, locale);
  const user = await requireSignedIn(`/search?${new URLSearchParams({ ...request.form }).toString()}`);
  const t = translator(locale);
  const series = await listSeries({ db: getServices().db, userId: user.id });
  const { query } = request;
  const outcome = query ? await run(user.id, query, t) : null;
  return (
    <section aria-labelledby="search-title">
      <div className="page-heading">
        <div>
          <h1 id="search-title" className="page-title">
            {t("search.page.title")}
          </h1>
          <p className="muted">{t("search.page.intro")}</p>
        </div>
      </div>
      <SearchFilters t={t} form={request.form} series={series.map(({ id, title, categories }) => ({ id, title, categories }))} errors={request.errors} />
      {outcome === null && Object.keys(request.errors).length === 0 && <p className="muted">{t("search.typeToSearch")}</p>}
      {typeof outcome === "string" && (
        <p className="field__error" role="alert">
          {outcome}
        </p>
      )}
      {query && outcome !== null && typeof outcome !== "string" && (
        <SearchGroups t={t} locale={locale} answer={outcome} kind={query.kind} href={(changes) => searchPageHref(query, changes)} />
      )}
    </section>
  );
}
