// The follow-up's card: the action, the body responsible for it, its due date
// and its status, one of the tracker's (routed-fields.tsx).
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { RemoveButton, returnToText } from "./block-fields";
import { useBlocks } from "./blocks-context";
import { BodyAndDueFields, routedStatus, StatusField } from "./routed-fields";

export function FollowUpView({ node, editor, getPos, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { t, editable } = useBlocks();
  const back = (): void => returnToText(editor, getPos());
  return (
    <NodeViewWrapper
      className="block-card block-card--follow-up"
      data-status={routedStatus(node)}
      role="group"
      aria-label={t("blocks.followUp.label")}
    >
      <div className="block-card__bar" contentEditable={false}>
        <span className="block-card__kind">{t("blocks.followUp.label")}</span>
        <StatusField node={node} updateAttributes={updateAttributes} onEscape={back} />
        {editable && <RemoveButton label={t("blocks.followUp.remove")} onRemove={deleteNode} />}
      </div>
      <NodeViewContent className="block-card__text block-text" dir="auto" />
      <div className="block-card__fields" contentEditable={false}>
        <BodyAndDueFields node={node} editor={editor} getPos={getPos} updateAttributes={updateAttributes} onEscape={back} />
      </div>
    </NodeViewWrapper>
  );
}
