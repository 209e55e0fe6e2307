// Inserting blocks from the toolbar, the slash menu and the keyboard: each a
// command on the editor, so it syncs like typing does.
import type { Editor } from "@tiptap/react";
import { insertBlock, newBlockJson, speakerStampJson, type InsertableBlock } from "@/lib/editor/block-insertion";
import type { MessageKey } from "@/lib/i18n/messages-fa";
import { translate } from "@/lib/i18n/translate";
import { comparisonKey } from "@/lib/persian-text";

export type TextRange = { from: number; to: number };

/** Puts a new block (with a fresh id) at the cursor, after deleting `range` (the slash menu's "/…"). */
export function insertStructuredBlock(editor: Editor, kind: InsertableBlock, range?: TextRange): boolean {
  const block = editor.schema.nodeFromJSON(newBlockJson(kind));
  return editor
    .chain()
    .focus()
    .command(({ tr }) => {
      if (range) tr.delete(range.from, range.to);
      return insertBlock(tr, block);
    })
    .run();
}

/** Stamps the speaker and the current time at the cursor. */
export function insertSpeakerStamp(editor: Editor, speaker: string, range?: TextRange): boolean {
  return editor
    .chain()
    .focus()
    .command(({ tr }) => {
      if (range) tr.delete(range.from, range.to);
      return true;
    })
    .insertContent([speakerStampJson(speaker, new Date()), { type: "text", text: " " }])
    .run();
}

export const SLASH_ITEMS = ["qaItem", "proposal", "resolution", "followUp", "speakerStamp"] as const;
export type SlashItem = (typeof SLASH_ITEMS)[number];

export const SLASH_ITEM_TEXT: Record<SlashItem, { label: MessageKey; hint: MessageKey }> = {
  qaItem: { label: "blocks.qa.label", hint: "blocks.slash.qa" },
  proposal: { label: "blocks.proposal.label", hint: "blocks.slash.proposal" },
  resolution: { label: "blocks.resolution.label", hint: "blocks.slash.resolution" },
  followUp: { label: "blocks.followUp.label", hint: "blocks.slash.followUp" },
  speakerStamp: { label: "blocks.stamp.label", hint: "blocks.slash.stamp" },
};

/** The slash menu's items whose name, in either language, contains what was typed after the "/". */
export function matchSlashItems(query: string): readonly SlashItem[] {
  const key = comparisonKey(query);
  if (!key) return SLASH_ITEMS;
  return SLASH_ITEMS.filter((item) =>
    [translate("fa", SLASH_ITEM_TEXT[item].label), translate("en", SLASH_ITEM_TEXT[item].label), item].some((name) =>
      comparisonKey(name).includes(key),
    ),
  );
}

export function chooseSlashItem(editor: Editor, item: SlashItem, range: TextRange, speaker: string): boolean {
  return item === "speakerStamp" ? insertSpeakerStamp(editor, speaker, range) : insertStructuredBlock(editor, item, range);
}

export const SLASH_LISTBOX_ID = "minutes-slash-menu";
export const slashOptionId = (index: number): string => `${SLASH_LISTBOX_ID}-option-${index}`;
