// A section of the minutes: the header, one per agenda topic, Q&A, proposals,
// follow-ups. Its first child is its heading; its id is stable.
import { mergeAttributes, Node } from "@tiptap/core";
import { dataAttribute } from "./attribute";

export const SECTION_KINDS = ["header", "agenda", "topic", "qa", "proposals", "resolutions", "followUps", "carryOver", "other"] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export const Section = Node.create({
  name: "section",
  group: "block",
  content: "heading block*",
  defining: true,
  isolating: true,
  addAttributes() {
    return { id: dataAttribute("id"), kind: dataAttribute("kind", "other"), topicId: dataAttribute("topicId") };
  },
  parseHTML() {
    return [{ tag: "section[data-kind]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["section", mergeAttributes(HTMLAttributes, { class: "minutes-section" }), 0];
  },
});
