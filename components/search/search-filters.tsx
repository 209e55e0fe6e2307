// The search page's form: the words, the kind, the series (of the person's
// own), and a Jalali date range. A plain GET form: it works without JavaScript,
// and the page reads the Jalali days back as ISO days.
import type { MessageKey } from "@/lib/i18n/messages-fa";
import type { Translator } from "@/lib/i18n/translate";
import { SEARCH_KINDS } from "@/lib/search/search-kinds";
import { FieldError, invalidProps } from "../ui/form-parts";
import { KIND_LABEL } from "./search-result-view";

export interface SearchFiltersProps {
  t: Translator;
  form: { q: string; kind: string; series: string; from: string; to: string };
  series: ReadonlyArray<{ id: string; title: string }>;
  errors: Partial<Record<"q" | "kind" | "series" | "from" | "to" | "page", MessageKey>>;
}

const fieldId = (name: string): string => `search-${name}`;

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
      <button type="submit" className="button button--primary">
        {t("search.submit")}
      </button>
    </form>
  );
}
