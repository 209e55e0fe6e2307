// The search page's form: the words, the kind, the series (of the person's
// own), a Jalali date range, the responsible body, the status (in the
// tracker's words), the proposal category (of the person's series), the
// speaker, and the order. A plain GET form: it works without JavaScript, and
// the page reads the Jalali days back as ISO days.
import type { MessageKey } from "@/lib/i18n/messages-fa";
import type { Translator } from "@/lib/i18n/translate";
import { SEARCH_KINDS } from "@/lib/search/search-kinds";
import { TRACKER_STATUSES } from "@/lib/tracker-status";
import { SEARCH_ORDERS } from "@/lib/validation/search";
import { FieldError, invalidProps } from "../ui/form-parts";
import { KIND_LABEL } from "./search-result-view";

/** The form's fields, as the address gives them back (app/search/search-request.ts). */
type SearchField = "q" | "kind" | "series" | "from" | "to" | "body" | "status" | "category" | "speaker" | "sort";

export interface SearchFiltersProps {
  t: Translator;
  form: Readonly<Record<SearchField, string>>;
  series: ReadonlyArray<{ id: string; title: string; categories: ReadonlyArray<{ id: string; name: string }> }>;
  errors: Partial<Record<SearchField | "page", MessageKey>>;
}

const ORDER_LABEL: Record<(typeof SEARCH_ORDERS)[number], MessageKey> = { relevance: "search.sort.relevance", date: "search.sort.date" };

const fieldId = (name: string): string => `search-${name}`;

function NameField({ t, name, value, error }: { t: Translator; name: "body" | "speaker"; value: string; error: MessageKey | undefined }) {
  return (
    <div className="field">
      <label htmlFor={fieldId(name)}>{t(name === "body" ? "search.body" : "search.speaker")}</label>
      <input {...invalidProps(fieldId(name), error)} name={name} type="text" dir="auto" defaultValue={value} />
      <FieldError fieldId={fieldId(name)} error={error ? t(error) : undefined} />
    </div>
  );
}

function DayField({ t, name, value, error }: { t: Translator; name: "from" | "to"; value: string; error: MessageKey | undefined }) {
  const hintId = `${fieldId(name)}-hint`;
  return (
    <div className="field">
      <label htmlFor={fieldId(name)}>{t(name === "from" ? "search.from" : "search.to")}</label>
      <input {...invalidProps(fieldId(name), error, hintId)} name={name} type="text" inputMode="numeric" dir="ltr" defaultValue={value} />
      <p id={hintId} className="field__hint">
        {t("search.dateHint")}
      </p>
      <FieldError fieldId={fieldId(name)} error={error ? t(error) : undefined} />
    </div>
  );
}

/** The tracker's statuses, in its words. */
function StatusField({ t, value, error }: { t: Translator; value: string; error: string | undefined }) {
  return (
    <div className="field">
      <label htmlFor={fieldId("status")}>{t("search.status")}</label>
      <select {...invalidProps(fieldId("status"), error)} name="status" defaultValue={value}>
        <option value="">{t("search.status.all")}</option>
        {TRACKER_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`tracker.status.${status}`)}
          </option>
        ))}
      </select>
      <FieldError fieldId={fieldId("status")} error={error} />
    </div>
  );
}

/** The proposal categories of the person's series, a group for each series. */
function CategoryField({ t, value, series, error }: { t: Translator; value: string; series: SearchFiltersProps["series"]; error: string | undefined }) {
  return (
    <div className="field">
      <label htmlFor={fieldId("category")}>{t("search.category")}</label>
      <select {...invalidProps(fieldId("category"), error)} name="category" defaultValue={value}>
        <option value="">{t("search.category.all")}</option>
        {series
          .filter((item) => item.categories.length > 0)
          .map((item) => (
            <optgroup key={item.id} label={item.title}>
              {item.categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.name}
                </option>
              ))}
            </optgroup>
          ))}
      </select>
    </div>
  );
}

function SortField({ t, value, error }: { t: Translator; value: string; error: string | undefined }) {
  return (
    <div className="field">
      <label htmlFor={fieldId("sort")}>{t("search.sort")}</label>
      <select {...invalidProps(fieldId("sort"), error)} name="sort" defaultValue={value || "relevance"}>
        {SEARCH_ORDERS.map((order) => (
          <option key={order} value={order}>
            {t(ORDER_LABEL[order])}
          </option>
        ))}
      </select>
      <FieldError fieldId={fieldId("sort")} error={error} />
    </div>
  );
}

export function SearchFilters({ t, form, series, errors }: SearchFiltersProps) {
  const error = (name: keyof SearchFiltersProps["errors"]): string | undefined => {
    const key = errors[name];
    return key ? t(key) : undefined;
  };
  return (
    <form className="search-filters" method="get" action="/search" role="search" aria-label={t("search.filters")}>
      <div className="field">
        <label htmlFor={fieldId("q")}>{t("search.query")}</label>
        <input {...invalidProps(fieldId("q"), error("q"))} name="q" type="search" dir="auto" defaultValue={form.q} />
        <FieldError fieldId={fieldId("q")} error={error("q")} />
      </div>
      <div className="field">
        <label htmlFor={fieldId("kind")}>{t("search.kind")}</label>
        <select {...invalidProps(fieldId("kind"), error("kind"))} name="kind" defaultValue={form.kind}>
          <option value="">{t("search.kind.all")}</option>
          {SEARCH_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(KIND_LABEL[kind])}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={fieldId("series")}>{t("search.series")}</label>
        <select {...invalidProps(fieldId("series"), error("series"))} name="series" defaultValue={form.series}>
          <option value="">{t("search.series.all")}</option>
          {series.map((item) => (
            <option key={item.id} value={item.id}>
              {item.title}
            </option>
          ))}
        </select>
      </div>
      <DayField t={t} name="from" value={form.from} error={errors.from} />
      <DayField t={t} name="to" value={form.to} error={errors.to} />
      <NameField t={t} name="body" value={form.body} error={errors.body} />
      <StatusField t={t} value={form.status} error={error("status")} />
      <CategoryField t={t} value={form.category} series={series} error={error("category")} />
      <NameField t={t} name="speaker" value={form.speaker} error={errors.speaker} />
      <SortField t={t} value={form.sort} error={error("sort")} />
      <button type="submit" className="button button--primary">
        {t("search.submit")}
      </button>
    </form>
  );
}
