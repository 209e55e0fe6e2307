// Who is speaking, and when: recorded apart from who typed it.
import { mergeAttributes, Node } from "@tiptap/core";
import { dataAttribute } from "./attribute";

export const SpeakerStamp = Node.create({
  name: "speakerStamp",
  group: "inline",
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    // `at` is an ISO instant; the editor shows it in the reader's calendar.
    return { speaker: dataAttribute("speaker", ""), at: dataAttribute("at") };
  },
  parseHTML() {
    return [{ tag: "span[data-type='speaker-stamp']" }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const speaker = String(node.attrs.speaker ?? "");
    return ["span", mergeAttributes(HTMLAttributes, { "data-type": "speaker-stamp", dir: "auto" }), speaker];
  },
  renderText({ node }) {
    return `[${String(node.attrs.speaker ?? "")}]`;
  },
});
