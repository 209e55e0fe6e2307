// Keeps every structured block's id present, well-formed and unique: a pasted
// or split copy gets a new id; the first in document order keeps the old one;
// an id the server would refuse (pasted HTML's data-id="__next_f") is replaced.
// Only local edits are fixed, so two editors never fight over a remote change.
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { BLOCK_ID_PATTERN, newBlockId } from "./block-id";
import { Y_SYNC_META } from "./protected-structure";

export const BLOCKS_WITH_IDS = ["section", "qaItem", "proposal", "resolution", "followUp"];

export function uniqueBlockIdsPlugin(): Plugin {
  return new Plugin({
    key: new PluginKey("uniqueBlockIds"),
    appendTransaction(transactions, _oldState, newState) {
      const local = transactions.some((tr) => tr.docChanged && !tr.getMeta(Y_SYNC_META));
      if (!local) return null;
      const seen = new Set<string>();
      const tr = newState.tr;
      newState.doc.descendants((node, pos) => {
        if (!BLOCKS_WITH_IDS.includes(node.type.name)) return true;
        const id = typeof node.attrs.id === "string" ? node.attrs.id : "";
        if (BLOCK_ID_PATTERN.test(id) && !seen.has(id)) {
          seen.add(id);
          return true;
        }
        const fresh = newBlockId();
        seen.add(fresh);
        tr.setNodeMarkup(pos, undefined, { ...node.attrs, id: fresh });
        return true;
      });
      if (!tr.docChanged) return null;
      return tr.setMeta("addToHistory", false);
    },
  });
}

export const UniqueBlockIds = Extension.create({
  name: "uniqueBlockIds",
  addProseMirrorPlugins() {
    return [uniqueBlockIdsPlugin()];
  },
});
