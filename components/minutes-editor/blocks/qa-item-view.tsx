// The Q&A item's card: a labelled question and answer, each with who asked or
// answered it beside its label, and whether the answer was deferred.
import { NodeViewContent, NodeViewWrapper, useEditorState, type Editor, type ReactNodeViewProps } from "@tiptap/react";
import { useId } from "react";
import { CheckboxField, RemoveButton, returnToText, TextField } from "./block-fields";
import { useBlocks } from "./blocks-context";

export function QaItemView({ node, deleteNode }: ReactNodeViewProps) {
  const { t, editable } = useBlocks();
  return (
    <NodeViewWrapper
      className="block-card block-card--qa"
      data-deferred={String(node.attrs.deferred === true)}
      role="group"
      aria-label={t("blocks.qa.label")}
    >
      <div className="block-card__bar" contentEditable={false}>
        <span className="block-card__kind">{t("blocks.qa.label")}</span>
        {editable && <RemoveButton label={t("blocks.qa.remove")} onRemove={deleteNode} />}
      </div>
      <NodeViewContent className="qa-item__parts" />
    </NodeViewWrapper>
  );
}

type QaAttribute = "askedBy" | "answeredBy" | "deferred";

interface ParentItem {
  pos: number;
  askedBy: string;
  answeredBy: string;
  deferred: boolean;
}

/** The Q&A item around a question or answer, re-read on every change so that
 * the part shows its item's current attributes. */
function useParentItem(editor: Editor, getPos: () => number | undefined): ParentItem | null {
  return useEditorState({
    editor,
    selector: ({ editor: current }): ParentItem | null => {
      const pos = getPos();
      if (!current || pos === undefined || pos > current.state.doc.content.size) return null;
      const $pos = current.state.doc.resolve(pos);
      const item = $pos.parent;
      if (item.type.name !== "qaItem" || $pos.depth === 0) return null;
      return {
        pos: $pos.before(),
        askedBy: String(item.attrs.askedBy ?? ""),
        answeredBy: String(item.attrs.answeredBy ?? ""),
        deferred: item.attrs.deferred === true,
      };
    },
    equalityFn: (a, b) =>
      a === b ||
      (a !== null && b !== null && a.pos === b.pos && a.askedBy === b.askedBy && a.answeredBy === b.answeredBy && a.deferred === b.deferred),
  });
}

function setItemAttribute(editor: Editor, getPos: () => number | undefined, name: QaAttribute, value: string | boolean): void {
  editor.commands.command(({ tr }) => {
    const pos = getPos();
    if (pos === undefined) return false;
    const $pos = tr.doc.resolve(pos);
    if ($pos.parent.type.name !== "qaItem" || $pos.depth === 0) return false;
    tr.setNodeMarkup($pos.before(), undefined, { ...$pos.parent.attrs, [name]: value });
    return true;
  });
}

function QaPartView({ editor, getPos, part }: ReactNodeViewProps & { part: "question" | "answer" }) {
  const { t, editable, peopleListId } = useBlocks();
  const labelId = useId();
  const item = useParentItem(editor, getPos);
  const attribute = part === "question" ? "askedBy" : "answeredBy";
  const back = (): void => returnToText(editor, getPos());
  return (
    <NodeViewWrapper className={`qa-part qa-part--${part}`} role="group" aria-labelledby={labelId}>
      <div className="qa-part__bar" contentEditable={false}>
        <span id={labelId} className="qa-part__label">
          {t(part === "question" ? "blocks.qa.question" : "blocks.qa.answer")}
        </span>
        <TextField
          label={t(part === "question" ? "blocks.qa.askedBy" : "blocks.qa.answeredBy")}
          value={item?.[attribute] ?? ""}
          disabled={!editable || item === null}
          listId={peopleListId}
          onChange={(value) => setItemAttribute(editor, getPos, attribute, value)}
          onEscape={back}
        />
        {part === "answer" && (
          <CheckboxField
            label={t("blocks.qa.deferred")}
            checked={item?.deferred ?? false}
            disabled={!editable || item === null}
            onChange={(checked) => setItemAttribute(editor, getPos, "deferred", checked)}
            onEscape={back}
          />
        )}
      </div>
      <NodeViewContent className="qa-part__text block-text" dir="auto" />
    </NodeViewWrapper>
  );
}

export function QaQuestionView(props: ReactNodeViewProps) {
  return <QaPartView {...props} part="question" />;
}

export function QaAnswerView(props: ReactNodeViewProps) {
  return <QaPartView {...props} part="answer" />;
}
