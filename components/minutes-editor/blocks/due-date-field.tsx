// A structured block's due date: typed and shown in Jalali, stored as a
// Gregorian ISO day; marked when it is before the meeting (the lock refuses it).
import { useId, useState } from "react";
import { dueInstant, jalaliDueText, parseJalaliDue, type DueDateProblem } from "@/lib/editor/due-date";
import type { MessageKey } from "@/lib/i18n/messages-fa";
import { formatDateBoth } from "@/lib/jalali-date";
import { useBlocks } from "./blocks-context";

const PROBLEM_MESSAGE: Record<DueDateProblem, MessageKey> = {
  format: "blocks.followUp.dueFormat",
  year: "blocks.followUp.dueYear",
  notInCalendar: "blocks.followUp.dueNotInCalendar",
};

interface DueDateFieldProps {
  due: string | null;
  /** The first day it may be (ISO), or null when any day may. */
  notBefore: string | null;
  disabled: boolean;
  onChange: (due: string | null) => void;
  onEscape: () => void;
}

export function DueDateField({ due, notBefore, disabled, onChange, onEscape }: DueDateFieldProps) {
  const { t, locale } = useBlocks();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<DueDateProblem | null>(null);
  const instant = dueInstant(due);
  const early = draft === null && due !== null && notBefore !== null && due < notBefore;
  const commit = (): void => {
    if (draft === null) return;
    const entry = parseJalaliDue(draft);
    if (!entry.ok) {
      setProblem(entry.problem);
      return;
    }
    setProblem(null);
    setDraft(null);
    if (entry.due !== due) onChange(entry.due);
  };
  return (
    <span className="block-field block-field--due">
      <label htmlFor={id} className="block-field__label">
        {t("blocks.followUp.due")}
      </label>
      <input
        id={id}
        type="text"
        dir="ltr"
        inputMode="numeric"
        autoComplete="off"
        className="block-field__input block-field__date"
        placeholder={t("blocks.followUp.duePlaceholder")}
        value={draft ?? jalaliDueText(due, locale)}
        disabled={disabled}
        aria-invalid={problem !== null || early}
        aria-describedby={early ? `${id}-note ${id}-early` : `${id}-note`}
        onChange={(event) => {
          setDraft(event.target.value);
          setProblem(null);
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            commit();
          } else if (event.key === "Escape") {
            event.preventDefault();
            setDraft(null);
            setProblem(null);
            onEscape();
          }
        }}
      />
      {problem ? (
        <span id={`${id}-note`} className="block-field__error" role="alert">
          {t(PROBLEM_MESSAGE[problem])}
        </span>
      ) : (
        <span id={`${id}-note`} className="block-field__note">
          {instant ? formatDateBoth(instant, locale, { timeZone: "UTC", weekday: false }) : t("blocks.followUp.noDue")}
        </span>
      )}
      {early && !problem && (
        <span id={`${id}-early`} className="block-field__error">
          {t("tracker.editor.dueBeforeMeeting")}
        </span>
      )}
    </span>
  );
}
