// An action to follow up: what, which body is responsible, by when, and where
// it stands. Its statuses are the tracker's (lib/tracker-status.ts), one list:
// the tracker's path, under the tracker's words; what older minutes hold
// ("open", "in-progress", "done") is read there as the status it stood for.
import { mergeAttributes, Node } from "@tiptap/core";
import { TRACKER_PATH, type PathStatus } from "@/lib/tracker-status";
import { dataAttribute } from "./attribute";

export const FOLLOW_UP_STATUSES = TRACKER_PATH;
export type FollowUpStatus = PathStatus;

/** What a follow-up and a resolution both keep: id, body, due day, status. */
export function routedAttributes() {
  return {
    id: dataAttribute("id"),
    responsibleBody: dataAttribute("responsibleBody", ""),
    // Gregorian ISO day (YYYY-MM-DD); shown and entered in Jalali.
    due: dataAttribute("due"),
    status: dataAttribute("status", FOLLOW_UP_STATUSES[0]),
  };
}

export const FollowUp = Node.create({
  name: "followUp",
  group: "block",
  content: "inline*",
  defining: true,
  addAttributes: routedAttributes,
  parseHTML() {
    return [{ tag: "div[data-type='follow-up']" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["div", mergeAttributes(HTMLAttributes, { "data-type": "follow-up", dir: "auto" }), 0];
  },
});
