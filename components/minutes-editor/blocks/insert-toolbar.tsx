// The toolbar that inserts structured blocks at the cursor, and the speaker
// that a stamp (Ctrl+Alt+S) names.
import type { Editor } from "@tiptap/react";
import { useId } from "react";
import type { InsertableBlock } from "@/lib/editor/block-insertion";
import type { MessageKey } from "@/lib/i18n/messages-fa";
import type { Translator } from "@/lib/i18n/translate";
import { keepEditorFocus } from "../keep-editor-focus";
import { insertSpeakerStamp, insertStructuredBlock } from "./insert-block";

const BLOCK_BUTTONS: ReadonlyArray<{ kind: InsertableBlock; label: MessageKey }> = [
  { kind: "qaItem", label: "blocks.qa.insert" },
  { kind: "proposal", label: "blocks.proposal.insert" },
  { kind: "resolution", label: "blocks.resolution.insert" },
  { kind: "followUp", label: "blocks.followUp.insert" },
];

export const SPEAKER_STAMP_KEYS = "Control+Alt+S";

interface InsertToolbarProps {
  editor: Editor | null;
  editable: boolean;
  t: Translator;
  people: readonly string[];
  speaker: string;
  onSpeakerChange: (speaker: string) => void;
}

export function InsertToolbar({ editor, editable, t, people, speaker, onSpeakerChange }: InsertToolbarProps) {
  const speakerId = useId();
  const hintId = useId();
  const disabled = !editor || !editable;
  return (
    <div className="toolbar toolbar--blocks" role="toolbar" aria-label={t("blocks.toolbar")} aria-describedby={hintId}>
      <div className="toolbar__group">
        {BLOCK_BUTTONS.map(({ kind, label }) => (
          <button
            key={kind}
            type="button"
            className="toolbar__button toolbar__button--block"
            data-block={kind}
            disabled={disabled}
            onMouseDown={keepEditorFocus}
            onClick={() => editor && insertStructuredBlock(editor, kind)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <div className="toolbar__group toolbar__group--speaker">
        <label htmlFor={speakerId} className="toolbar__label">
          {t("blocks.speaker.current")}
        </label>
        <select
          id={speakerId}
          className="toolbar__select"
          value={speaker}
          disabled={disabled || people.length === 0}
          onChange={(event) => onSpeakerChange(event.target.value)}
        >
          {people.length === 0 && <option value="">{t("blocks.speaker.none")}</option>}
          {people.map((person) => (
            <option key={person} value={person}>
              {person}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="toolbar__button toolbar__button--block"
          data-block="speakerStamp"
          title={t("blocks.stamp.title")}
          aria-keyshortcuts={SPEAKER_STAMP_KEYS}
          disabled={disabled}
          onMouseDown={keepEditorFocus}
          onClick={() => editor && insertSpeakerStamp(editor, speaker)}
        >
          {t("blocks.stamp.insert")}
        </button>
      </div>
      <p id={hintId} className="toolbar__hint">
        {t("blocks.hint")}
      </p>
    </div>
  );
}
