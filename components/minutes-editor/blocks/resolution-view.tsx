// The resolution's card: what the session resolved, the body responsible, the
// due date and the status (as a follow-up's, routed-fields.tsx), and the votes
// for, against and abstaining, each optional, typed in any digits. Votes that
// add up to more than the attendees present are marked: the lock refuses them.
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useId, useState } from "react";
import { votesCast } from "@/lib/editor/read-minutes";
import { MAX_VOTES, VOTE_FIELDS, voteCount, type VoteField } from "@/lib/editor/resolution-votes";
import type { MessageKey } from "@/lib/i18n/messages-fa";
import { formatInteger, parseInteger } from "@/lib/i18n/numbers";
import { RemoveButton, returnToText } from "./block-fields";
import { useBlocks } from "./blocks-context";
import { BodyAndDueFields, routedStatus, StatusField } from "./routed-fields";

const VOTE_LABELS: Record<VoteField, MessageKey> = {
  votesFor: "blocks.resolution.votesFor",
  votesAgainst: "blocks.resolution.votesAgainst",
  votesAbstain: "blocks.resolution.votesAbstain",
};

interface VoteInputProps {
  field: VoteField;
  value: number | null;
  disabled: boolean;
  describedBy: string | undefined;
  onChange: (value: number | null) => void;
  onEscape: () => void;
}

function VoteInput({ field, value, disabled, describedBy, onChange, onEscape }: VoteInputProps) {
  const { t, locale } = useBlocks();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const commit = (): void => {
    if (draft === null) return;
    const typed = draft.trim();
    const number = typed === "" ? null : parseInteger(typed);
    if (number !== null && (Number.isNaN(number) || number > MAX_VOTES)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setDraft(null);
    if (number !== value) onChange(number);
  };
  return (
    <span className="block-field block-field--vote">
      <label htmlFor={id} className="block-field__label">
        {t(VOTE_LABELS[field])}
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        dir="ltr"
        className="block-field__input block-field__vote"
        data-vote={field}
        value={draft ?? (value === null ? "" : formatInteger(value, locale))}
        disabled={disabled}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : describedBy}
        onChange={(event) => {
          setDraft(event.target.value);
          setInvalid(false);
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            commit();
          } else if (event.key === "Escape") {
            event.preventDefault();
            setDraft(null);
            setInvalid(false);
            onEscape();
          }
        }}
      />
      {invalid && (
        <span id={`${id}-error`} className="block-field__error" role="alert">
          {t("blocks.resolution.votesInvalid")}
        </span>
      )}
    </span>
  );
}

export function ResolutionView({ node, editor, getPos, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { t, locale, editable, options } = useBlocks();
  const overId = useId();
  const back = (): void => returnToText(editor, getPos());
  const votes = { for: voteCount(node.attrs.votesFor), against: voteCount(node.attrs.votesAgainst), abstain: voteCount(node.attrs.votesAbstain) };
  const cast = votesCast(votes);
  const over = options.presentCount !== null && cast > options.presentCount;
  const valueOf = (field: VoteField): number | null => voteCount(node.attrs[field]);
  return (
    <NodeViewWrapper className="block-card block-card--resolution" data-status={routedStatus(node)} role="group" aria-label={t("blocks.resolution.label")}>
      <div className="block-card__bar" contentEditable={false}>
        <span className="block-card__kind">{t("blocks.resolution.label")}</span>
        <StatusField node={node} updateAttributes={updateAttributes} onEscape={back} />
        {editable && <RemoveButton label={t("blocks.resolution.remove")} onRemove={deleteNode} />}
      </div>
      <NodeViewContent className="block-card__text block-text" dir="auto" />
      <div className="block-card__fields" contentEditable={false}>
        <BodyAndDueFields node={node} editor={editor} getPos={getPos} updateAttributes={updateAttributes} onEscape={back} />
      </div>
      <fieldset className="block-card__fields block-card__votes" contentEditable={false}>
        <legend className="block-field__label">{t("blocks.resolution.votes")}</legend>
        {VOTE_FIELDS.map((field) => (
          <VoteInput
            key={field}
            field={field}
            value={valueOf(field)}
            disabled={!editable}
            describedBy={over ? overId : undefined}
            onChange={(value) => updateAttributes({ [field]: value })}
            onEscape={back}
          />
        ))}
        {over && (
          <span id={overId} className="block-field__error">
            {t("blocks.resolution.votesOverPresent", { cast: formatInteger(cast, locale), present: formatInteger(options.presentCount ?? 0, locale) })}
          </span>
        )}
      </fieldset>
    </NodeViewWrapper>
  );
}
