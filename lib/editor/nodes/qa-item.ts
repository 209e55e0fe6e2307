// A question and its answer, with who asked and who answered (attendees or
// free text), and whether the answer was deferred.
import { mergeAttributes, Node } from "@tiptap/core";
import { dataAttribute } from "./attribute";

export const QaQuestion = Node.create({
  name: "qaQuestion",
  content: "inline*",
  defining: true,
  parseHTML() {
    return [{ tag: "div[data-type='qa-question']" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["div", mergeAttributes(HTMLAttributes, { "data-type": "qa-question", dir: "auto" }), 0];
  },
});

export const QaAnswer = Node.create({
  name: "qaAnswer",
  content: "inline*",
  defining: true,
  parseHTML() {
    return [{ tag: "div[data-type='qa-answer']" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["div", mergeAttributes(HTMLAttributes, { "data-type": "qa-answer", dir: "auto" }), 0];
  },
});

export const QaItem = Node.create({
  name: "qaItem",
  group: "block",
  content: "qaQuestion qaAnswer",
  defining: true,
  isolating: true,
  addAttributes() {
    return {
      id: dataAttribute("id"),
      askedBy: dataAttribute("askedBy", ""),
      answeredBy: dataAttribute("answeredBy", ""),
      deferred: dataAttribute("deferred", false),
    };
  },
  parseHTML() {
    return [{ tag: "div[data-type='qa-item']" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["div", mergeAttributes(HTMLAttributes, { "data-type": "qa-item" }), 0];
  },
});
