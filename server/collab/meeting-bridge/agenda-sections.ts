// Keeps the live minutes in step with the agenda: a topic added to the meeting
// gets its presentation section, in agenda order. Existing sections (and what
// note-takers wrote in them) are never touched.
import type { JSONContent } from "@tiptap/core";
import { getSchema } from "@tiptap/core";
import { prosemirrorJSONToYDoc } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { MINUTES_FRAGMENT, minutesExtensions } from "@/lib/editor/extensions";
import { section, topicSection } from "@/lib/editor/initial-minutes";

export interface AgendaTopicRef {
  id: string;
  title: string;
}

/** Y elements for `nodes`, not yet in any document. */
export function elementsFor(nodes: JSONContent[]): Y.XmlElement[] {
  const scratch = prosemirrorJSONToYDoc(getSchema(minutesExtensions()), { type: "doc", content: nodes }, MINUTES_FRAGMENT);
  try {
    return scratch
      .getXmlFragment(MINUTES_FRAGMENT)
      .toArray()
      .filter((child): child is Y.XmlElement => child instanceof Y.XmlElement)
      .map((element) => element.clone());
  } finally {
    scratch.destroy();
  }
}

function sectionsOf(parent: Y.XmlFragment | Y.XmlElement): Y.XmlElement[] {
  return parent.toArray().filter((child): child is Y.XmlElement => child instanceof Y.XmlElement && child.nodeName === "section");
}

/** Adds a section for each topic that has none; returns how many were added. */
export function addMissingTopicSections(doc: Y.Doc, topics: AgendaTopicRef[], agendaHeading: string): number {
  const fragment = doc.getXmlFragment(MINUTES_FRAGMENT);
  const present = new Set<string>();
  const collect = (parent: Y.XmlFragment | Y.XmlElement): void => {
    for (const child of sectionsOf(parent)) {
      const topicId = child.getAttribute("topicId");
      if (typeof topicId === "string") present.add(topicId);
      collect(child);
    }
  };
  collect(fragment);
  const missing = topics.filter((topic) => !present.has(topic.id));
  if (missing.length === 0) return 0;

  doc.transact(() => {
    let container = sectionsOf(fragment).find((child) => child.getAttribute("kind") === "agenda");
    if (!container) {
      const [created] = elementsFor([section("agenda", agendaHeading, [{ type: "paragraph" }])]);
      if (!created) return;
      const header = sectionsOf(fragment).findIndex((child) => child.getAttribute("kind") === "header");
      fragment.insert(header + 1, [created]);
      container = created;
    }
    for (const topic of missing) {
      const order = topics.findIndex((candidate) => candidate.id === topic.id);
      const earlier = new Set(topics.slice(0, order).map((candidate) => candidate.id));
      const children = container.toArray();
      // After the last section of an earlier topic; else right after the heading.
      let index = 1;
      children.forEach((child, position) => {
        if (child instanceof Y.XmlElement && earlier.has(String(child.getAttribute("topicId")))) index = position + 1;
      });
      const [element] = elementsFor([topicSection(topic)]);
      if (element) container.insert(Math.min(index, children.length), [element]);
    }
  });
  return missing.length;
}
