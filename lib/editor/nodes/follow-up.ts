// An action to follow up: what, which body is responsible, by when, and where
// it stands.
import { mergeAttributes, Node } from "@tiptap/core";
import { dataAttribute } from "./attribute";

export const FOLLOW_UP_STATUSES = ["open", "in-progress", "done"] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const FollowUp = Node.create({
  name: "followUp",
  group: "block",
  content: "inline*",
  defining: true,
  addAttributes() {
    return {
      id: dataAttribute("id"),
      responsibleBody: dataAttribute("responsibleBody", ""),
      // Gregorian ISO day (YYYY-MM-DD); shown and entered in Jalali.
      due: dataAttribute("due"),
      status: dataAttribute("status", "open"),
    };
  },
  parseHTML() {
    return [{ tag: "div[data-type='follow-up']" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["div", mergeAttributes(HTMLAttributes, { "data-type": "follow-up", dir: "auto" }), 0];
  },
});
