// The browser editor's extensions: the minutes schema exactly as the server
// has it (lib/editor), with React views for the structured blocks, the slash
// menu, and the keys that move between a block's text and its fields.
import { Extension, type AnyExtension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { ReactNodeViewRenderer, type Editor } from "@tiptap/react";
import { emptyBlockToParagraph, exitBlockBelow, moveToAnswer } from "@/lib/editor/block-insertion";
import { minutesExtensions } from "@/lib/editor/extensions";
import { FollowUp } from "@/lib/editor/nodes/follow-up";
import { Proposal } from "@/lib/editor/nodes/proposal";
import { Resolution } from "@/lib/editor/nodes/resolution";
import { QaAnswer, QaItem, QaQuestion } from "@/lib/editor/nodes/qa-item";
import { SpeakerStamp } from "@/lib/editor/nodes/speaker-stamp";
import { slashMenuPlugin } from "@/lib/editor/slash-menu";
import { FollowUpView } from "./follow-up-view";
import { chooseSlashItem, insertSpeakerStamp, matchSlashItems, SLASH_LISTBOX_ID, slashOptionId } from "./insert-block";
import { ProposalView } from "./proposal-view";
import { QaAnswerView, QaItemView, QaQuestionView } from "./qa-item-view";
import { ResolutionView } from "./resolution-view";
import { SpeakerStampView } from "./speaker-stamp-view";

interface BlockKeysStorage {
  /** The speaker a stamp names now: the toolbar's choice. */
  currentSpeaker: string;
}

declare module "@tiptap/core" {
  interface Storage {
    blockKeys: BlockKeysStorage;
  }
}

/** Sets the speaker that Ctrl+Alt+S and the slash menu's stamp name. */
export function setCurrentSpeaker(editor: Editor, speaker: string): void {
  editor.storage.blockKeys.currentSpeaker = speaker;
}

function currentSpeaker(editor: Editor): string {
  return editor.storage.blockKeys.currentSpeaker;
}

/** Blocks whose card has fields that Tab goes to. */
const BLOCKS_WITH_FIELDS = ["qaItem", "proposal", "resolution", "followUp"];

/** Moves focus from a block's text to its first field. */
function focusBlockFields(editor: Editor): boolean {
  if (!editor.isEditable) return false;
  const { $head } = editor.state.selection;
  for (let depth = $head.depth; depth > 0; depth -= 1) {
    if (!BLOCKS_WITH_FIELDS.includes($head.node(depth).type.name)) continue;
    const dom = editor.view.nodeDOM($head.before(depth));
    const field = dom instanceof HTMLElement ? dom.querySelector<HTMLElement>("input:not(:disabled), select:not(:disabled)") : null;
    if (!field) return false;
    field.focus();
    return true;
  }
  return false;
}

/** Where Enter does something of its own: a question goes on to its answer,
 * an answer leaves its Q&A item, an empty proposal, resolution or follow-up
 * turns into a paragraph. Elsewhere in one of those Enter splits it as usual. */
const ENTER_BLOCKS = ["qaQuestion", "qaAnswer", "proposal", "resolution", "followUp"];

const BlockKeys = Extension.create<Record<string, never>, BlockKeysStorage>({
  name: "blockKeys",
  // Before the lists' and the core's own Enter and Tab.
  priority: 1000,
  addStorage() {
    return { currentSpeaker: "" };
  },
  addKeyboardShortcuts() {
    return {
      "Mod-Alt-s": () => this.editor.isEditable && insertSpeakerStamp(this.editor, currentSpeaker(this.editor)),
      Tab: () => focusBlockFields(this.editor),
      Enter: () => {
        const { $head, empty } = this.editor.state.selection;
        const name = $head.parent.type.name;
        if (!empty || !ENTER_BLOCKS.includes(name)) return false;
        if (name === "qaQuestion") return this.editor.commands.command(({ tr }) => moveToAnswer(tr));
        if (name === "qaAnswer") return this.editor.commands.command(({ tr }) => exitBlockBelow(tr, ["qaItem"]));
        if ($head.parent.content.size > 0) return false;
        return this.editor.commands.command(({ tr }) => emptyBlockToParagraph(tr, ["proposal", "resolution", "followUp"]));
      },
    };
  },
});

const SlashMenu = Extension.create({
  name: "slashMenu",
  addProseMirrorPlugins() {
    const { editor } = this;
    return [
      slashMenuPlugin({
        match: matchSlashItems,
        choose: (_view, item, range) => void chooseSlashItem(editor, item, range, currentSpeaker(editor)),
        listboxId: SLASH_LISTBOX_ID,
        optionId: slashOptionId,
      }),
    ];
  },
});

/** A block's view names its block (data-block-id), so that a #block-<id> link finds it. */
const blockView = { attrs: ({ node }: { node: ProseMirrorNode }): Record<string, string> => ({ "data-block-id": String(node.attrs.id ?? "") }) };

export function browserMinutesExtensions(): AnyExtension[] {
  const withViews = new Map<string, AnyExtension>([
    [QaItem.name, QaItem.extend({ addNodeView: () => ReactNodeViewRenderer(QaItemView, blockView) })],
    [QaQuestion.name, QaQuestion.extend({ addNodeView: () => ReactNodeViewRenderer(QaQuestionView) })],
    [QaAnswer.name, QaAnswer.extend({ addNodeView: () => ReactNodeViewRenderer(QaAnswerView) })],
    [Proposal.name, Proposal.extend({ addNodeView: () => ReactNodeViewRenderer(ProposalView, blockView) })],
    [Resolution.name, Resolution.extend({ addNodeView: () => ReactNodeViewRenderer(ResolutionView, blockView) })],
    [FollowUp.name, FollowUp.extend({ addNodeView: () => ReactNodeViewRenderer(FollowUpView, blockView) })],
    [SpeakerStamp.name, SpeakerStamp.extend({ addNodeView: () => ReactNodeViewRenderer(SpeakerStampView, { as: "span" }) })],
  ]);
  return [
    ...minutesExtensions().map((extension) => withViews.get(extension.name) ?? extension),
    BlockKeys,
    SlashMenu,
  ];
}
