"use client";
// The meeting form's three lists: guests and attendees (a fieldset per person)
// and the ordered agenda, each with rows to add, remove and (the agenda) move.
import { useRef, type ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import type { MessageKey } from "@/lib/i18n/messages-fa";
import type { Translator } from "@/lib/i18n/translate";
import { errorId, FieldError, invalidProps, moveItem, removeItem, RowButtons } from "../ui/form-parts";
import type { TopicRow } from "./meeting-form-model";

export interface ListControls {
  t: Translator;
  locale: Locale;
  errors: Record<string, string>;
  /** Ask for a new row's key. */
  newKey: () => string;
  /** Move the keyboard focus to an element once the next render is done. */
  focusAfterRender: (elementId: string) => void;
  /** Say something to screen readers (a polite live region). */
  announce: (text: string) => void;
  clearError: (fieldId: string) => void;
}

interface PeopleField<F extends string> {
  name: F;
  label: MessageKey;
  fieldId: (key: string) => string;
}

/** A list of people, one fieldset each: the guests, or the attendees. */
export function PeopleFieldset<F extends string, R extends { key: string } & Record<F, string>>(props: {
  controls: ListControls;
  listId: string;
  legend: MessageKey;
  empty: MessageKey;
  rowLegend: MessageKey;
  addLabel: MessageKey;
  rowFieldId: (key: string) => string;
  fields: ReadonlyArray<PeopleField<F>>;
  rows: readonly R[];
  newRow: (key: string) => R;
  onChange: (rows: R[]) => void;
  /** More of a row than its text fields (an attendee's account). */
  extra?: (row: R, update: (patch: Partial<R>) => void) => ReactNode;
}) {
  const { controls, rows, fields, listId } = props;
  const { t, locale, errors } = controls;
  const addId = `${listId}-add`;
  const rowName = (index: number): string => t(props.rowLegend, { n: formatInteger(index + 1, locale) });
  const listError = errors[listId];

  const add = (): void => {
    const row = props.newRow(controls.newKey());
    props.onChange([...rows, row]);
    const first = fields[0];
    if (first) controls.focusAfterRender(first.fieldId(row.key));
  };
  const remove = (index: number): void => {
    props.onChange(removeItem(rows, index));
    controls.announce(t("form.removed", { row: rowName(index) }));
    controls.focusAfterRender(addId);
  };

  return (
    <fieldset
      id={listId}
      className="list-fieldset"
      aria-describedby={listError ? errorId(listId) : undefined}
    >
      <legend>{t(props.legend)}</legend>
      <FieldError fieldId={listId} error={listError} />
      {rows.length === 0 && <p className="muted list-fieldset__empty">{t(props.empty)}</p>}
      {rows.map((row, index) => {
        const rowId = props.rowFieldId(row.key);
        const rowError = errors[rowId];
        return (
          <fieldset
            key={row.key}
            id={rowId}
            className="row-card"
            aria-describedby={rowError ? errorId(rowId) : undefined}
          >
            <legend>{rowName(index)}</legend>
            <PersonFields
              t={t}
              fields={fields}
              row={row}
              errors={errors}
              clearError={controls.clearError}
              onText={(name, text) => props.onChange(rows.map((each) => (each.key === row.key ? { ...each, [name]: text } : each)))}
            />
            {props.extra?.(row, (patch) => props.onChange(rows.map((each) => (each.key === row.key ? { ...each, ...patch } : each))))}
            <FieldError fieldId={rowId} error={rowError} />
            <RowButtons t={t} index={index} count={rows.length} rowName={rowName(index)} onRemove={remove} />
          </fieldset>
        );
      })}
      <button id={addId} type="button" className="button" onClick={add}>
        {t(props.addLabel)}
      </button>
    </fieldset>
  );
}

/** A person's text fields (name, position…), each with its error. */
function PersonFields<F extends string, R extends { key: string } & Record<F, string>>(props: {
  t: Translator;
  fields: ReadonlyArray<PeopleField<F>>;
  row: R;
  errors: Record<string, string>;
  clearError: (fieldId: string) => void;
  onText: (name: F, text: string) => void;
}) {
  const { t, row, errors } = props;
  return (
    <div className="row-card__fields">
      {props.fields.map((field) => {
        const fieldId = field.fieldId(row.key);
        return (
          <div key={field.name} className="field">
            <label htmlFor={fieldId}>{t(field.label)}</label>
            <input
              {...invalidProps(fieldId, errors[fieldId])}
              type="text"
              dir="auto"
              value={row[field.name]}
              onChange={(event) => {
                props.clearError(fieldId);
                props.onText(field.name, event.target.value);
              }}
            />
            <FieldError fieldId={fieldId} error={errors[fieldId]} />
          </div>
        );
      })}
    </div>
  );
}

/** The controls a form's lists share: new row keys, its errors, focus and live region. */
export function useListControls(options: Omit<ListControls, "newKey">): ListControls {
  const keyCounter = useRef(0);
  return {
    ...options,
    newKey: () => {
      keyCounter.current += 1;
      return `new-${keyCounter.current}`;
    },
  };
}

/** The agenda: an ordered list of topics. */
export function AgendaFieldset(props: {
  controls: ListControls;
  listId: string;
  topicFieldId: (key: string) => string;
  rows: readonly TopicRow[];
  onChange: (rows: TopicRow[]) => void;
}) {
  const { controls, rows, listId } = props;
  const { t, locale, errors } = controls;
  const addId = `${listId}-add`;
  const rowName = (index: number): string => t("meetingForm.topic", { n: formatInteger(index + 1, locale) });
  const listError = errors[listId];

  const add = (): void => {
    const key = controls.newKey();
    props.onChange([...rows, { key, title: "" }]);
    controls.focusAfterRender(props.topicFieldId(key));
  };
  const remove = (index: number): void => {
    props.onChange(removeItem(rows, index));
    controls.announce(t("form.removed", { row: rowName(index) }));
    controls.focusAfterRender(addId);
  };
  const move = (from: number, to: number): void => {
    props.onChange(moveItem(rows, from, to));
    const title = rows[from]?.title.trim();
    controls.announce(t("form.moved", { row: title || rowName(from), position: formatInteger(to + 1, locale) }));
  };

  return (
    <fieldset id={listId} className="list-fieldset" aria-describedby={listError ? errorId(listId) : undefined}>
      <legend>{t("meetingForm.agenda")}</legend>
      <p className="muted list-fieldset__hint">{t("meetingForm.agendaHint")}</p>
      <FieldError fieldId={listId} error={listError} />
      {rows.length === 0 && <p className="muted list-fieldset__empty">{t("meetingForm.agendaEmpty")}</p>}
      <ol className="topic-list">
        {rows.map((row, index) => {
          const fieldId = props.topicFieldId(row.key);
          return (
            <li key={row.key} className="topic-row">
              <div className="field topic-row__field">
                <label htmlFor={fieldId}>{rowName(index)}</label>
                <input
                  {...invalidProps(fieldId, errors[fieldId])}
                  type="text"
                  dir="auto"
                  value={row.title}
                  onChange={(event) => {
                    controls.clearError(fieldId);
                    props.onChange(rows.map((each) => (each.key === row.key ? { ...each, title: event.target.value } : each)));
                  }}
                />
                <FieldError fieldId={fieldId} error={errors[fieldId]} />
              </div>
              <RowButtons
                t={t}
                index={index}
                count={rows.length}
                rowName={rowName(index)}
                onMove={move}
                onRemove={remove}
              />
            </li>
          );
        })}
      </ol>
      <button id={addId} type="button" className="button" onClick={add}>
        {t("meetingForm.addTopic")}
      </button>
    </fieldset>
  );
}
