// A proposal made in the session, in one of the series' categories; marked
// followUp when it is to be followed up (the tracker then routes it).
import { mergeAttributes, Node } from "@tiptap/core";
import { dataAttribute } from "./attribute";

export const Proposal = Node.create({
  name: "proposal",
  group: "block",
  content: "inline*",
  defining: true,
  addAttributes() {
    return { id: dataAttribute("id"), categoryId: dataAttribute("categoryId"), followUp: dataAttribute("followUp", false) };
  },
  parseHTML() {
    return [{ tag: "div[data-type='proposal']" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["div", mergeAttributes(HTMLAttributes, { "data-type": "proposal", dir: "auto" }), 0];
  },
});
