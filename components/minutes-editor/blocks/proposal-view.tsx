// The proposal's card: its text, one of the series' categories, and whether
// it is to be followed up (locking then routes it to the series' tracker). A
// category since removed from the series, or one this series never had, shows
// as such.
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { isolatedText } from "@/lib/directional-controls";
import type { Translator } from "@/lib/i18n/translate";
import { CheckboxField, RemoveButton, returnToText, SelectField } from "./block-fields";
import type { MinutesBlockOptions } from "./block-options";
import { useBlocks } from "./blocks-context";

type CategoryState = "none" | "known" | "removed" | "unknown";

function categoryChoices(categoryId: string, options: MinutesBlockOptions, t: Translator) {
  const choices: Array<{ value: string; label: string; disabled?: boolean }> = [
    { value: "", label: t("blocks.proposal.noCategory") },
    ...options.categories.map((category) => ({ value: category.id, label: category.name })),
  ];
  let state: CategoryState = categoryId ? "known" : "none";
  if (categoryId && !options.categories.some((category) => category.id === categoryId)) {
    const removed = options.removedCategories.find((category) => category.id === categoryId);
    state = removed ? "removed" : "unknown";
    choices.push({
      value: categoryId,
      label: removed ? t("blocks.proposal.removedCategory", { name: isolatedText(removed.name) }) : t("blocks.proposal.unknownCategory"),
      disabled: true,
    });
  }
  return { choices, state };
}

export function ProposalView({ node, editor, getPos, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { t, editable, options } = useBlocks();
  const categoryId = typeof node.attrs.categoryId === "string" ? node.attrs.categoryId : "";
  const { choices, state } = categoryChoices(categoryId, options, t);
  const followUp = node.attrs.followUp === true;
  return (
    <NodeViewWrapper
      className="block-card block-card--proposal"
      data-category={state}
      data-follow-up={String(followUp)}
      role="group"
      aria-label={t("blocks.proposal.label")}
    >
      <div className="block-card__bar" contentEditable={false}>
        <span className="block-card__kind">{t("blocks.proposal.label")}</span>
        <SelectField
          label={t("blocks.proposal.category")}
          value={categoryId}
          disabled={!editable}
          options={choices}
          onChange={(value) => updateAttributes({ categoryId: value || null })}
          onEscape={() => returnToText(editor, getPos())}
        />
        <CheckboxField
          label={t("tracker.editor.followUp")}
          title={t("tracker.editor.followUpHint")}
          checked={followUp}
          disabled={!editable}
          onChange={(checked) => updateAttributes({ followUp: checked })}
          onEscape={() => returnToText(editor, getPos())}
        />
        {editable && <RemoveButton label={t("blocks.proposal.remove")} onRemove={deleteNode} />}
      </div>
      <NodeViewContent className="block-card__text block-text" dir="auto" />
    </NodeViewWrapper>
  );
}
