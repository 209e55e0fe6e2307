"use client";
// A series' proposal categories, edited as one ordered list: add, rename,
// move up or down, remove (a removed category can be restored: proposals
// filed under it keep it). Saved in one request.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { z } from "zod";
import { isolatedText } from "../lib/directional-controls";
import type { Locale } from "../lib/i18n/locales";
import { formatInteger } from "../lib/i18n/numbers";
import { translate, translator } from "../lib/i18n/translate";
import { fieldMessages } from "../lib/validation/field-messages";
import { safeParseInput } from "../lib/validation/parse-input";
import { editCategoriesSchema } from "../lib/validation/series";
import { sendJson } from "./api-request";
import { errorId, FieldError, FormAlert, invalidProps, moveItem, removeItem, RowButtons } from "./form-parts";
import { UserText } from "./user-text";

interface Category {
  id: string;
  name: string;
}

interface Row {
  key: string;
  id?: string;
  name: string;
}

const LIST_ID = "categories";
const ADD_ID = "categories-add";
const rowFieldId = (key: string): string => `category-${key}`;

const savedAnswer = z.object({
  categories: z.array(z.object({ id: z.string(), name: z.string() })),
  removedCategories: z.array(z.object({ id: z.string(), name: z.string() })),
});

const toRows = (categories: readonly Category[]): Row[] => categories.map(({ id, name }) => ({ key: id, id, name }));

export function SeriesCategoriesEditor(props: {
  locale: Locale;
  seriesId: string;
  categories: Category[];
  removedCategories: Category[];
}) {
  const { locale } = props;
  const t = translator(locale);
  const [rows, setRows] = useState<Row[]>(() => toRows(props.categories));
  const [removed, setRemoved] = useState<Category[]>(props.removedCategories);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<{ summary: string | null; details: string[] }>({ summary: null, details: [] });
  const [status, setStatus] = useState("");
  const [pending, setPending] = useState(false);
  const keyCounter = useRef(0);
  const pendingFocus = useRef<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useRef(false);

  useEffect(() => {
    if (pendingFocus.current) {
      document.getElementById(pendingFocus.current)?.focus();
      pendingFocus.current = null;
    }
    if (focusInvalid.current) {
      focusInvalid.current = false;
      formRef.current?.querySelector<HTMLElement>('input[aria-invalid="true"]')?.focus();
    }
  });

  const rowName = (index: number): string => t("categories.row", { n: formatInteger(index + 1, locale) });
  const change = (next: Row[], announcement = ""): void => {
    setRows(next);
    setStatus(announcement);
  };

  const add = (): void => {
    keyCounter.current += 1;
    const key = `new-${keyCounter.current}`;
    change([...rows, { key, name: "" }]);
    pendingFocus.current = rowFieldId(key);
  };
  const restore = (category: Category): void => {
    if (rows.some((row) => row.id === category.id)) return;
    setRemoved(removed.filter((each) => each.id !== category.id));
    change([...rows, { key: category.id, ...category }], t("categories.restoredPending", { name: isolatedText(category.name) }));
  };
  /** A row's category as the status line names it: what was typed, isolated, or its number. */
  const named = (index: number): string => {
    const name = rows[index]?.name.trim();
    return name ? isolatedText(name) : rowName(index);
  };
  const remove = (index: number): void => {
    change(removeItem(rows, index), t("form.removed", { row: named(index) }));
    pendingFocus.current = ADD_ID;
  };
  const move = (from: number, to: number): void => {
    change(moveItem(rows, from, to), t("form.moved", { row: named(from), position: formatInteger(to + 1, locale) }));
  };

  const showErrors = (fields: Record<string, string>, sent: readonly Row[], summary: string): void => {
    const placed: Record<string, string> = {};
    const details: string[] = [];
    for (const [path, text] of Object.entries(fields)) {
      const [head, index] = path.split(".");
      const row = index === undefined ? undefined : sent[Number(index)];
      const fieldId = head !== "categories" ? null : row ? rowFieldId(row.key) : LIST_ID;
      if (fieldId) placed[fieldId] ??= text;
      else if (!details.includes(text)) details.push(text);
    }
    setErrors(placed);
    setAlert({ summary, details });
    focusInvalid.current = true;
  };

  const save = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (pending) return;
    const sent = rows.filter((row) => row.name.trim() !== "");
    const body = { categories: sent.map(({ id, name }) => (id === undefined ? { name } : { id, name })) };
    const checked = safeParseInput(editCategoriesSchema, body);
    if (!checked.success) {
      const keys = fieldMessages(checked.error);
      showErrors(
        Object.fromEntries(Object.entries(keys).map(([path, key]) => [path, translate(locale, key)])),
        sent,
        t("form.checkFields"),
      );
      return;
    }
    setPending(true);
    setStatus("");
    const result = await sendJson({
      method: "PUT",
      url: `/api/series/${encodeURIComponent(props.seriesId)}/categories`,
      body,
      answer: savedAnswer,
      locale,
    });
    setPending(false);
    if (!result.ok) {
      showErrors(result.fields, sent, result.message);
      return;
    }
    setRows(toRows(result.data.categories));
    setRemoved(result.data.removedCategories);
    setErrors({});
    setAlert({ summary: null, details: [] });
    setStatus(t("categories.saved"));
  };

  const listError = errors[LIST_ID];
  return (
    <form ref={formRef} className="form" noValidate onSubmit={(event) => void save(event)}>
      <FormAlert summary={alert.summary} details={alert.details} />
      <fieldset id={LIST_ID} className="list-fieldset" aria-describedby={listError ? errorId(LIST_ID) : undefined}>
        <legend>{t("categories.legend")}</legend>
        <FieldError fieldId={LIST_ID} error={listError} />
        <ol className="topic-list">
          {rows.map((row, index) => {
            const fieldId = rowFieldId(row.key);
            return (
              <li key={row.key} className="topic-row">
                <div className="field topic-row__field">
                  <label htmlFor={fieldId}>{rowName(index)}</label>
                  <input
                    {...invalidProps(fieldId, errors[fieldId])}
                    type="text"
                    dir="auto"
                    value={row.name}
                    onChange={(event) => {
                      const name = event.target.value;
                      setErrors((previous) =>
                        Object.fromEntries(Object.entries(previous).filter(([id]) => id !== fieldId)),
                      );
                      setRows(rows.map((each) => (each.key === row.key ? { ...each, name } : each)));
                    }}
                  />
                  <FieldError fieldId={fieldId} error={errors[fieldId]} />
                </div>
                <RowButtons t={t} index={index} count={rows.length} rowName={rowName(index)} onMove={move} onRemove={remove} />
              </li>
            );
          })}
        </ol>
        <button id={ADD_ID} type="button" className="button" onClick={add}>
          {t("categories.add")}
        </button>
      </fieldset>
      {removed.length > 0 && (
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
      )}
      <p className="form__status" role="status">
        {status}
      </p>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t("form.saving") : t("categories.save")}
        </button>
      </div>
    </form>
  );
}
