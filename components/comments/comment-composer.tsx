"use client";
// Writing a comment: plain text, with "@" suggesting the meeting's members
// (arrow keys and Enter pick one); Ctrl+Enter sends, Escape cancels. What was
// typed stays until the server has taken it.
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import { mentionedIn, mentionQueryAt, suggestMembers, type Person } from "@/lib/comments/mention-text";
import type { Translator } from "@/lib/i18n/translate";
import { UserText } from "../ui/user-text";
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

/** The "@" suggestions: what is being asked for, the highlighted choice, and the members picked so far. */
function useMentions(members: readonly Person[], initialMentions: readonly Person[], field: RefObject<HTMLTextAreaElement | null>) {
  const [picked, setPicked] = useState<readonly Person[]>(initialMentions);
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [choice, setChoice] = useState(0);
  const suggestions = query ? suggestMembers(members, query.query) : [];
  // Where the caret goes after a pick: set as soon as the new text is in the
  // field, before the next key is handled (a frame later, a fast typist's
  // next letter landed at the end of the text, before the caret moved).
  const caretAfterPick = useRef<number | null>(null);
  useLayoutEffect(() => {
    const at = caretAfterPick.current;
    if (at === null || !field.current) return;
    caretAfterPick.current = null;
    field.current.focus();
    field.current.setSelectionRange(at, at);
  });

  const read = (value: string, caret: number | null) => {
    setQuery(caret === null ? null : mentionQueryAt(value, caret));
    setChoice(0);
  };
  /** The text with the person's name in place of the "@" query. */
  const pick = (person: Person, text: string): string => {
    if (!query) return text;
    const caret = field.current?.selectionStart ?? text.length;
    const inserted = `@${person.name} `;
    setPicked((list) => (list.some((entry) => entry.id === person.id) ? list : [...list, person]));
    setQuery(null);
    caretAfterPick.current = query.start + inserted.length;
    return `${text.slice(0, query.start)}${inserted}${text.slice(caret)}`;
  };
  /** Arrow keys move the choice; Enter or Tab picks it; Escape closes the list. True when the key was the list's. */
  const onKey = (event: KeyboardEvent<HTMLTextAreaElement>, text: string, setText: (text: string) => void): boolean => {
    if (suggestions.length === 0) return false;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const step = event.key === "ArrowDown" ? 1 : -1;
      setChoice((value) => (value + step + suggestions.length) % suggestions.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      const person = suggestions[choice];
      if (person) setText(pick(person, text));
    } else if (event.key === "Escape") setQuery(null);
    else return false;
    event.preventDefault();
    return true;
  };
  return { picked, clearPicked: () => setPicked([]), suggestions, choice, read, pick, onKey, close: () => setQuery(null) };
}

export function CommentComposer({ t, members, label, submitLabel, initial = "", initialMentions = [], autoFocus, onSubmit, onCancel }: ComposerProps) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const ids = useId();
  const mentions = useMentions(members, initialMentions, field);
  const listOpen = mentions.suggestions.length > 0;

  const submit = async () => {
    if (sending) return;
    if (!text.trim()) return setError(t("invalid.comment.empty"));
    setSending(true);
    const failure = await onSubmit({ body: text, mentions: mentionedIn(text, mentions.picked) });
    setSending(false);
    setError(failure);
    if (failure !== null) return;
    setText("");
    mentions.clearPicked();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (mentions.onKey(event, text, setText)) return;
    if (event.key === "Escape" && onCancel) {
      event.preventDefault();
      onCancel();
    } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };

  const fieldId = `${ids}-field`;
  const listId = `${ids}-mentions`;
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
        aria-activedescendant={listOpen ? `${listId}-${mentions.choice}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${ids}-error` : `${ids}-hint`}
        onChange={(event) => {
          setText(event.target.value);
          mentions.read(event.target.value, event.target.selectionStart);
        }}
        onKeyDown={onKeyDown}
        onBlur={mentions.close}
      />
      {listOpen && (
        <MentionList
          t={t}
          listId={listId}
          suggestions={mentions.suggestions}
          choice={mentions.choice}
          onPick={(person) => setText(mentions.pick(person, text))}
        />
      )}
      <ComposerFooter t={t} ids={ids} error={error} sending={sending} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}

function MentionList(props: { t: Translator; listId: string; suggestions: readonly Person[]; choice: number; onPick: (person: Person) => void }) {
  const { listId } = props;
  return (
    <ul id={listId} role="listbox" className="comment-composer__mentions" aria-label={props.t("comments.mentionSuggestions")}>
      {props.suggestions.map((person, index) => (
        <li
          key={person.id}
          id={`${listId}-${index}`}
          role="option"
          aria-selected={index === props.choice}
          onMouseDown={(event) => {
            event.preventDefault();
            props.onPick(person);
          }}
        >
          <UserText text={person.name} />
        </li>
      ))}
    </ul>
  );
}

/** The hint, the error and the buttons under the field. */
function ComposerFooter(props: {
  t: Translator;
  ids: string;
  error: string | null;
  sending: boolean;
  submitLabel: string;
  onCancel: (() => void) | undefined;
}) {
  const { t, ids, error, onCancel } = props;
  return (
    <>
      <p id={`${ids}-hint`} className="comment-composer__hint">
        {t("comments.composerHint")}
      </p>
      {error && (
        <p id={`${ids}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="comment-composer__actions">
        <button type="submit" className="button button--small button--primary" disabled={props.sending}>
          {props.submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--small" onClick={onCancel}>
            {t("comments.cancel")}
          </button>
        )}
      </div>
    </>
  );
}
