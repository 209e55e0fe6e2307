// The first content of a meeting's minutes, built from its details: a header,
// one presentation section per agenda topic, then Q&A, proposals,
// resolutions and follow-ups. Created on the server once, when the document is first stored.
import type { JSONContent } from "@tiptap/core";
import { newBlockId } from "./block-id";
import type { SectionKind } from "./nodes/section";

export interface MinutesSeed {
  title: string;
  when: string;
  place: string;
  guests: string[];
  agenda: Array<{ id: string; title: string }>;
  headings: { agenda: string; qa: string; proposals: string; resolutions: string; followUps: string };
}

const text = (value: string): JSONContent[] => (value ? [{ type: "text", text: value }] : []);
export const heading = (level: number, value: string): JSONContent => ({ type: "heading", attrs: { level }, content: text(value) });
export const paragraph = (value = ""): JSONContent => ({ type: "paragraph", content: text(value) });

export function section(kind: SectionKind, title: string, body: JSONContent[], topicId: string | null = null, level = 2): JSONContent {
  return {
    type: "section",
    attrs: { id: newBlockId(), kind, topicId },
    content: [heading(level, title), ...(body.length > 0 ? body : [paragraph()])],
  };
}

/** The presentation section of one agenda topic: what the minutes add when a topic is added. */
export function topicSection(topic: { id: string; title: string }, body: JSONContent[] = []): JSONContent {
  return section("topic", topic.title, body, topic.id, 3);
}

export function initialMinutes(seed: MinutesSeed): JSONContent {
  const details = [seed.when, seed.place, ...seed.guests].filter(Boolean).map((line) => paragraph(line));
  return {
    type: "doc",
    content: [
      section("header", seed.title, details, null, 1),
      section("agenda", seed.headings.agenda, seed.agenda.map((topic) => topicSection(topic))),
      section("qa", seed.headings.qa, []),
      section("proposals", seed.headings.proposals, []),
      section("resolutions", seed.headings.resolutions, []),
      section("followUps", seed.headings.followUps, []),
    ],
  };
}
