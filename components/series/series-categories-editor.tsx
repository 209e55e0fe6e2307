"use client";
// A series' proposal categories, edited as one ordered list: add, rename,
// move up or down, remove (a removed category can be restored: proposals
// filed under it keep it). Saved in one request.
import { useRef, useState, type FormEvent } from "react";
import { seriesView, type ProposalCategory, type SeriesView } from "@/lib/contracts/series";
import { isolatedText } from "@/lib/directional-controls";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator, type Translator } from "@/lib/i18n/translate";
import { safeParseInput } from "@/lib/validation/parse-input";
import { editCategoriesSchema } from "@/lib/validation/series";
import { sendJson } from "../ui/api-request";
import { errorId, FieldError, FormAlert, invalidProps, moveItem, removeItem, RowButtons } from "../ui/form-parts";
import { translatedFields, useFocusAfterRender, useFormErrors, type PlaceOf } from "../ui/use-form-errors";
import { UserText } from "../ui/user-text";

interface Row {
  key: string;
  id?: string;
  name: string;
}

const LIST_ID = "categories";
const ADD_ID = "categories-add";
const rowFieldId = (key: string): string => `category-${key}`;

const toRows = (categories: readonly ProposalCategory[]): Row[] => categories.map(({ id, name }) => ({ key: id, id, name }));

interface Props {
  locale: Locale;
  seriesId: string;
  categories: ProposalCategory[];
  removedCategories: ProposalCategory[];
}

/** The rows being edited, the removed categories, and the sentence the last change announces. */
function useCategoryRows(props: Props, t: Translator, focusAfterRender: (elementId: string) => void) {
  const { locale } = props;
  const [rows, setRows] = useState<Row[]>(() => toRows(props.categories));
  const [removed, setRemoved] = useState<ProposalCategory[]>(props.removedCategories);
  const [status, setStatus] = useState("");
  const keyCounter = useRef(0);

  const rowName = (index: number): string => t("categories.row", { n: formatInteger(index + 1, locale) });
  const change = (next: Row[], announcement = ""): void => {
    setRows(next);
    setStatus(announcement);
  };
  /** A row's category as the status line names it: what was typed, isolated, or its number. */
  const named = (index: number): string => {
    const name = rows[index]?.name.trim();
    return name ? isolatedText(name) : rowName(index);
  };
  return {
    rows,
    removed,
    status,
    setStatus,
    rowName,
    saved: (answer: SeriesView) => {
      setRows(toRows(answer.categories));
      setRemoved(answer.removedCategories);
      setStatus(t("categories.saved"));
    },
    rename: (key: string, name: string) => setRows(rows.map((each) => (each.key === key ? { ...each, name } : each))),
    add: (): void => {
      keyCounter.current += 1;
      const key = `new-${keyCounter.current}`;
      change([...rows, { key, name: "" }]);
      focusAfterRender(rowFieldId(key));
    },
    restore: (category: ProposalCategory): void => {
      if (rows.some((row) => row.id === category.id)) return;
      setRemoved(removed.filter((each) => each.id !== category.id));
      change([...rows, { key: category.id, ...category }], t("categories.restoredPending", { name: isolatedText(category.name) }));
    },
    remove: (index: number): void => {
      change(removeItem(rows, index), t("form.removed", { row: named(index) }));
      focusAfterRender(ADD_ID);
    },
    move: (from: number, to: number): void => {
      change(moveItem(rows, from, to), t("form.moved", { row: named(from), position: formatInteger(to + 1, locale) }));
    },
  };
}

type CategoryRows = ReturnType<typeof useCategoryRows>;

export function SeriesCategoriesEditor(props: Props) {
  const { locale } = props;
  const t = translator(locale);
  const [pending, setPending] = useState(false);
  const { formRef, errors, alert, show, clearError, clear } = useFormErrors();
  const list = useCategoryRows(props, t, useFocusAfterRender());

  const save = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (pending) return;
    const sent = list.rows.filter((row) => row.name.trim() !== "");
    const placeOf: PlaceOf = (path) => {
      const [head, index] = path.split(".");
      const row = index === undefined ? undefined : sent[Number(index)];
      return head !== "categories" ? null : row ? rowFieldId(row.key) : LIST_ID;
    };
    const body = { categories: sent.map(({ id, name }) => (id === undefined ? { name } : { id, name })) };
    const checked = safeParseInput(editCategoriesSchema, body);
    if (!checked.success) return show(translatedFields(locale, checked.error), placeOf, t("form.checkFields"));
    setPending(true);
    list.setStatus("");
    const result = await sendJson({
      method: "PUT",
      url: `/api/series/${encodeURIComponent(props.seriesId)}/categories`,
      body,
      answer: seriesView,
      locale,
    });
    setPending(false);
    if (!result.ok) return show(result.fields, placeOf, result.message);
    list.saved(result.data);
    clear();
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={(event) => void save(event)}>
      <FormAlert summary={alert.summary} details={alert.details} />
      <CategoryList t={t} list={list} errors={errors} clearError={clearError} />
      {list.removed.length > 0 && <RemovedCategories t={t} removed={list.removed} restore={list.restore} />}
      <p className="form__status" role="status">
        {list.status}
      </p>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t("form.saving") : t("categories.save")}
        </button>
      </div>
    </form>
  );
}

function CategoryList(props: { t: Translator; list: CategoryRows; errors: Record<string, string>; clearError: (fieldId: string) => void }) {
  const { t, list, errors } = props;
  const listError = errors[LIST_ID];
  return (
    <fieldset id={LIST_ID} className="list-fieldset" aria-describedby={listError ? errorId(LIST_ID) : undefined}>
      <legend>{t("categories.legend")}</legend>
      <FieldError fieldId={LIST_ID} error={listError} />
      <ol className="topic-list">
        {list.rows.map((row, index) => {
          const fieldId = rowFieldId(row.key);
          return (
            <li key={row.key} className="topic-row">
              <div className="field topic-row__field">
                <label htmlFor={fieldId}>{list.rowName(index)}</label>
                <input
                  {...invalidProps(fieldId, errors[fieldId])}
                  type="text"
                  dir="auto"
                  value={row.name}
                  onChange={(event) => {
                    props.clearError(fieldId);
                    list.rename(row.key, event.target.value);
                  }}
                />
                <FieldError fieldId={fieldId} error={errors[fieldId]} />
              </div>
              <RowButtons
                t={t}
                index={index}
                count={list.rows.length}
                rowName={list.rowName(index)}
                onMove={list.move}
                onRemove={list.remove}
              />
            </li>
          );
        })}
      </ol>
      <button id={ADD_ID} type="button" className="button" onClick={list.add}>
        {t("categories.add")}
      </button>
    </fieldset>
  );
}

function RemovedCategories({ t, removed, restore }: { t: Translator; removed: ProposalCategory[]; restore: (category: ProposalCategory) => void }) {
  return (
    <div className="removed-categories">
      <h3 className="details__heading" id="removed-categories-title">
        {t("categories.removedTitle")}
      </h3>
      <p className="muted">{t("categories.removedHint")}</p>
      <ul className="removed-categories__list" aria-labelledby="removed-categories-title">
        {removed.map((category) => (
          <li key={category.id}>
            <UserText text={category.name} />{" "}
            <button
              type="button"
              className="button button--small"
              aria-label={t("form.rowAction", { action: t("categories.restore"), row: category.name })}
              onClick={() => restore(category)}
            >
              {t("categories.restore")}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
