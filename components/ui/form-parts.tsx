// Small pieces every Kateb form shares: a field's error sentence (linked to its
// input by aria-describedby), the form-level alert, and the buttons that move
// and remove a row of an ordered list.
import type { Translator } from "@/lib/i18n/translate";

/** The id of the element that describes a field's error. */
export const errorId = (fieldId: string): string => `${fieldId}-error`;

/** Attributes of an input that may carry an error. */
export function invalidProps(fieldId: string, error: string | undefined, hintId?: string) {
  const describedBy = [hintId, error ? errorId(fieldId) : undefined].filter(Boolean).join(" ");
  return {
    id: fieldId,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy || undefined,
  } as const;
}

export function FieldError({ fieldId, error }: { fieldId: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={errorId(fieldId)} className="field__error">
      {error}
    </p>
  );
}

/** The sentence above a form that did not go through, and any message that belongs to no one field. */
export function FormAlert({ summary, details }: { summary: string | null; details: readonly string[] }) {
  if (!summary && details.length === 0) return null;
  return (
    <div className="form__error" role="alert">
      {summary && <p>{summary}</p>}
      {details.length > 0 && (
        <ul>
          {details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Up, down and remove for the row `index` of `count`, named after the row.
 * At either end a move button stays focusable (aria-disabled) so the keyboard
 * user who pressed it does not lose their place. */
export function RowButtons(props: {
  t: Translator;
  index: number;
  count: number;
  rowName: string;
  onMove?: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}) {
  const { t, index, count, rowName, onMove } = props;
  const named = (action: string): string => t("form.rowAction", { action, row: rowName });
  const move = (to: number): void => {
    if (onMove && to >= 0 && to < count) onMove(index, to);
  };
  return (
    <div className="row-buttons">
      {onMove && (
        <>
          <button
            type="button"
            className="button button--small"
            aria-label={named(t("form.moveUp"))}
            aria-disabled={index === 0}
            onClick={() => move(index - 1)}
          >
            {t("form.moveUp")}
          </button>
          <button
            type="button"
            className="button button--small"
            aria-label={named(t("form.moveDown"))}
            aria-disabled={index === count - 1}
            onClick={() => move(index + 1)}
          >
            {t("form.moveDown")}
          </button>
        </>
      )}
      <button
        type="button"
        className="button button--small button--danger"
        aria-label={named(t("form.remove"))}
        onClick={() => props.onRemove(index)}
      >
        {t("form.remove")}
      </button>
    </div>
  );
}

/** The list with the item at `from` moved to `to`. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item === undefined) return next;
  next.splice(to, 0, item);
  return next;
}

export function removeItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, at) => at !== index);
}

/** What the last change came to: its sentence (announced politely), or the API's refusal. */
export function ChangeOutcome({ status, error, className }: { status: string; error: string | null; className?: string }) {
  return (
    <>
      <p className={className ? `form__status ${className}` : "form__status"} role="status">
        {status}
      </p>
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
