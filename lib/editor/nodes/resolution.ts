// A resolution (مصوبه) the session adopted: its text, the body responsible for
// carrying it out, by when, where it stands (the tracker's path, like a
// follow-up's) and, optionally, the votes: for, against, abstaining. The
// report numbers resolutions in the order the minutes hold them.
import { mergeAttributes, Node, type Attribute } from "@tiptap/core";
import { voteCount, type VoteField } from "../resolution-votes";
import { dataAttribute, dataAttributeName } from "./attribute";
import { routedAttributes } from "./follow-up";

function voteAttribute(name: VoteField): Attribute {
  return { ...dataAttribute(name), parseHTML: (element) => voteCount(element.getAttribute(dataAttributeName(name))) };
}

export const Resolution = Node.create({
  name: "resolution",
  group: "block",
  content: "inline*",
  defining: true,
  addAttributes() {
    return {
      ...routedAttributes(),
      votesFor: voteAttribute("votesFor"),
      votesAgainst: voteAttribute("votesAgainst"),
      votesAbstain: voteAttribute("votesAbstain"),
    };
  },
  parseHTML() {
    return [{ tag: "div[data-type='resolution']" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["div", mergeAttributes(HTMLAttributes, { "data-type": "resolution", dir: "auto" }), 0];
  },
});
