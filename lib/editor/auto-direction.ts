// Every block reads in its own direction: a Persian line right-to-left, an
// English line left-to-right, whatever the page's direction is.
import { Extension } from "@tiptap/core";

export const AutoDirection = Extension.create({
  name: "autoDirection",
  addGlobalAttributes() {
    return [
      {
        types: ["paragraph", "heading", "blockquote", "listItem", "codeBlock"],
        attributes: {
          dir: { default: null, parseHTML: () => null, renderHTML: () => ({ dir: "auto" }) },
        },
      },
    ];
  },
});
