"use client";
// Writing a comment: plain text, with "@" suggesting the meeting's members
// (arrow keys and Enter pick one); Ctrl+Enter sends, Escape cancels. What was
// typed stays until the server has taken it.
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { mentionedIn, mentionQueryAt, suggestMembers, type Person } from "@/lib/comments/mention-text";
import type { Translator } from "@/lib/i18n/translate";
import { UserText } from "../user-text";
import type { CommentDraft } from "./comments-api";

export interface ComposerProps {
  t: Translator;
  members: readonly Person[];
  label: string;
  submitLabel: string;
  initial?: string;
  initialMentions?: readonly Person[];
  autoFocus?: boolean;
  /** Sends the draft; answers an error sentence, or null when it was taken. */
  onSubmit: (draft: CommentDraft) => Promise<string | null>;
  onCancel?: () => void;
}

export function CommentComposer({ t, members, label, submitLabel, initial = "", initialMentions = [], autoFocus, onSubmit, onCancel }: ComposerProps) {
  const [text, setText] = useState(initial);
  const [picked, setPicked] = useState<readonly Person[]>(initialMentions);
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [choice, setChoice] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const ids = useId();
  const suggestions = query ? suggestMembers(members, query.query) : [];
  const listOpen = suggestions.length > 0;

  const readQuery = (value: string, caret: number | null) => {
    setQuery(caret === null ? null : mentionQueryAt(value, caret));
    setChoice(0);
  };

  const pick = (person: Person) => {
    if (!query) return;
    const caret = field.current?.selectionStart ?? text.length;
    const inserted = `@${person.name} `;
    const next = `${text.slice(0, query.start)}${inserted}${text.slice(caret)}`;
    setText(next);
    setPicked((list) => (list.some((entry) => entry.id === person.id) ? list : [...list, person]));
    setQuery(null);
    const at = query.start + inserted.length;
    requestAnimationFrame(() => {
      field.current?.focus();
      field.current?.setSelectionRange(at, at);
    });
  };

  const submit = async () => {
    if (sending) return;
    if (!text.trim()) {
      setError(t("invalid.comment.empty"));
      return;
    }
    setSending(true);
    const failure = await onSubmit({ body: text, mentions: mentionedIn(text, picked) });
    setSending(false);
    setError(failure);
    if (failure === null) {
      setText("");
      setPicked([]);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (listOpen && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setChoice((value) => (value + step + suggestions.length) % suggestions.length);
    } else if (listOpen && (event.key === "Enter" || event.key === "Tab")) {
      event.preventDefault();
      const person = suggestions[choice];
      if (person) pick(person);
    } else if (event.key === "Escape") {
      if (listOpen) {
        event.preventDefault();
        setQuery(null);
      } else if (onCancel) {
        event.preventDefault();
        onCancel();
      }
    } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };

  const fieldId = `${ids}-field`;
  const listId = `${ids}-mentions`;
  const errorId = `${ids}-error`;
  return (
    <form
      className="comment-composer"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={fieldId} className="comment-composer__label">
        {label}
      </label>
      <textarea
        ref={field}
        id={fieldId}
        dir="auto"
        rows={3}
        maxLength={4000}
        value={text}
        autoFocus={autoFocus}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={listOpen}
        aria-controls={listOpen ? listId : undefined}
        aria-activedescendant={listOpen ? `${listId}-${choice}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : `${ids}-hint`}
        onChange={(event) => {
          setText(event.target.value);
          readQuery(event.target.value, event.target.selectionStart);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setQuery(null)}
      />
      {listOpen && (
        <ul id={listId} role="listbox" className="comment-composer__mentions" aria-label={t("comments.mentionSuggestions")}>
          {suggestions.map((person, index) => (
            <li
              key={person.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === choice}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(person);
              }}
            >
              <UserText text={person.name} />
            </li>
          ))}
        </ul>
      )}
      <p id={`${ids}-hint`} className="comment-composer__hint">
        {t("comments.composerHint")}
      </p>
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="comment-composer__actions">
        <button type="submit" className="button button--small button--primary" disabled={sending}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--small" onClick={onCancel}>
            {t("comments.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
