// The inputs on a block's card. Each edit goes through an editor command, so
// it reaches the others over Yjs like any other change. A text field keeps
// what is being typed in it while it has focus, so a change arriving from
// someone else meanwhile does not move the caret; it shows on leaving.
import type { Editor } from "@tiptap/react";
import { Selection } from "@tiptap/pm/state";
import { useId, useState, type KeyboardEvent } from "react";
import { cleanText } from "@/lib/persian-text";

/** Puts the caret back at the end of the block's text (Escape in one of its
 * fields): the end of the block at `blockPos` if it holds text itself, else
 * of its first part that does. */
export function returnToText(editor: Editor, blockPos: number | undefined): void {
  if (blockPos === undefined || editor.isDestroyed) return;
  const { state, view } = editor;
  const block = state.doc.nodeAt(blockPos);
  if (!block) return;
  let end: number | null = block.isTextblock ? blockPos + 1 + block.content.size : null;
  block.descendants((node, pos) => {
    if (end !== null) return false;
    if (!node.isTextblock) return true;
    end = blockPos + 1 + pos + 1 + node.content.size;
    return false;
  });
  if (end === null) return;
  view.dispatch(state.tr.setSelection(Selection.near(state.doc.resolve(end), -1)).scrollIntoView());
  view.focus();
}

function escapeTo(onEscape: () => void) {
  return (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    onEscape();
  };
}

interface TextFieldProps {
  label: string;
  value: string;
  disabled: boolean;
  /** A <datalist> of suggestions; anything else may be typed too. */
  listId?: string;
  /** Takes the room left on its line. */
  wide?: boolean;
  onChange: (value: string) => void;
  onEscape: () => void;
}

export function TextField({ label, value, disabled, listId, wide = false, onChange, onEscape }: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <span className={wide ? "block-field block-field--wide" : "block-field"}>
      <label htmlFor={id} className="block-field__label">
        {label}
      </label>
      <input
        id={id}
        type="text"
        dir="auto"
        className="block-field__input"
        list={listId || undefined}
        autoComplete="off"
        value={draft ?? value}
        disabled={disabled}
        onFocus={() => setDraft(value)}
        onChange={(event) => {
          setDraft(event.target.value);
          onChange(event.target.value);
        }}
        onBlur={() => {
          if (draft !== null && cleanText(draft) !== draft) onChange(cleanText(draft));
          setDraft(null);
        }}
        onKeyDown={escapeTo(onEscape)}
      />
    </span>
  );
}

interface SelectFieldProps {
  label: string;
  value: string;
  disabled: boolean;
  options: ReadonlyArray<{ value: string; label: string; disabled?: boolean }>;
  onChange: (value: string) => void;
  onEscape: () => void;
}

export function SelectField({ label, value, disabled, options, onChange, onEscape }: SelectFieldProps) {
  const id = useId();
  return (
    <span className="block-field">
      <label htmlFor={id} className="block-field__label">
        {label}
      </label>
      <select
        id={id}
        className="block-field__input block-field__select"
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={escapeTo(onEscape)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
    </span>
  );
}

interface CheckboxFieldProps {
  label: string;
  /** Said on hover: what checking it does. */
  title?: string;
  checked: boolean;
  disabled: boolean;
  onChange: (checked: boolean) => void;
  onEscape: () => void;
}

export function CheckboxField({ label, title, checked, disabled, onChange, onEscape }: CheckboxFieldProps) {
  const id = useId();
  return (
    <span className="block-field block-field--check" title={title}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
        onKeyDown={escapeTo(onEscape)}
      />
      <label htmlFor={id} className="block-field__label">
        {label}
      </label>
    </span>
  );
}

/** Removes the block: shown to those who may change the minutes. */
export function RemoveButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <button type="button" className="block-card__remove" aria-label={label} title={label} onClick={onRemove}>
      <span aria-hidden="true">×</span>
    </button>
  );
}
