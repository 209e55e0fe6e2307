// The follow-up's card: the action, the body responsible for it (suggested
// from the series' bodies), its due date (typed and shown in Jalali, stored as
// a Gregorian day; marked when it is before the meeting, which the lock
// refuses) and its status, one of the tracker's.
import { NodeViewContent, NodeViewWrapper, type Editor, type ReactNodeViewProps } from "@tiptap/react";
import { useId, useState } from "react";
import { dueInstant, jalaliDueText, parseJalaliDue, type DueDateProblem } from "@/lib/editor/due-date";
import { FOLLOW_UP_STATUSES } from "@/lib/editor/nodes/follow-up";
import type { MessageKey } from "@/lib/i18n/messages-fa";
import { formatDateBoth } from "@/lib/jalali-date";
import { isTrackerStatus, minutesStatusName } from "@/lib/tracker-status";
import { RemoveButton, returnToText, SelectField, TextField } from "./block-fields";
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

function DueDateField({ due, notBefore, disabled, onChange, onEscape }: DueDateFieldProps) {
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

/** Whether the block at `pos` is in the carry-over section: an earlier
 * meeting's item, whose date may well be before this meeting by now. */
function isCarriedOver(editor: Editor, pos: number | undefined): boolean {
  if (pos === undefined || editor.isDestroyed || pos > editor.state.doc.content.size) return false;
  const at = editor.state.doc.resolve(pos);
  for (let depth = at.depth; depth > 0; depth -= 1) {
    const ancestor = at.node(depth);
    if (ancestor.type.name === "section") return ancestor.attrs.kind === "carryOver";
  }
  return false;
}

export function FollowUpView({ node, editor, getPos, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { t, editable, bodiesListId, options } = useBlocks();
  // The tracker's statuses, in its words; what older minutes hold reads as the status it stood for.
  const status = minutesStatusName(typeof node.attrs.status === "string" ? node.attrs.status : "");
  const due = typeof node.attrs.due === "string" && node.attrs.due ? node.attrs.due : null;
  const back = (): void => returnToText(editor, getPos());
  const statuses = FOLLOW_UP_STATUSES.map((value) => ({ value: value as string, label: t(`tracker.status.${value}`) }));
  if (!statuses.some((option) => option.value === status)) {
    statuses.push({ value: status, label: isTrackerStatus(status) ? t(`tracker.status.${status}`) : status });
  }
  return (
    <NodeViewWrapper
      className="block-card block-card--follow-up"
      data-status={status}
      role="group"
      aria-label={t("blocks.followUp.label")}
    >
      <div className="block-card__bar" contentEditable={false}>
        <span className="block-card__kind">{t("blocks.followUp.label")}</span>
        <SelectField
          label={t("blocks.followUp.status")}
          value={status}
          disabled={!editable}
          options={statuses}
          onChange={(value) => updateAttributes({ status: value })}
          onEscape={back}
        />
        {editable && <RemoveButton label={t("blocks.followUp.remove")} onRemove={deleteNode} />}
      </div>
      <NodeViewContent className="block-card__text block-text" dir="auto" />
      <div className="block-card__fields" contentEditable={false}>
        <TextField
          label={t("blocks.followUp.body")}
          value={typeof node.attrs.responsibleBody === "string" ? node.attrs.responsibleBody : ""}
          disabled={!editable}
          listId={bodiesListId}
          wide
          onChange={(value) => updateAttributes({ responsibleBody: value })}
          onEscape={back}
        />
        <DueDateField
          due={due}
          notBefore={isCarriedOver(editor, getPos()) ? null : options.meetingDay}
          disabled={!editable} onChange={(value) => updateAttributes({ due: value })} onEscape={back} />
      </div>
    </NodeViewWrapper>
  );
}
