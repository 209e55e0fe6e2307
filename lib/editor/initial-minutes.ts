// The first content of a meeting's minutes, built from its details. Created on
// the server once, when the document is first stored; never by a client.
import type { JSONContent } from "@tiptap/core";

export interface MinutesSeed {
  title: string;
  when: string;
  place: string;
  guests: string[];
  agenda: string[];
  headings: { agenda: string; qa: string; proposals: string; followUps: string };
}

const text = (value: string): JSONContent[] => (value ? [{ type: "text", text: value }] : []);
const heading = (level: number, value: string): JSONContent => ({ type: "heading", attrs: { level }, content: text(value) });
const paragraph = (value = ""): JSONContent => ({ type: "paragraph", content: text(value) });

export function initialMinutes(seed: MinutesSeed): JSONContent {
  const details = [seed.when, seed.place, ...seed.guests].filter(Boolean);
  return {
    type: "doc",
    content: [
      heading(1, seed.title),
      ...details.map((line) => paragraph(line)),
      heading(2, seed.headings.agenda),
      ...seed.agenda.flatMap((topic) => [heading(3, topic), paragraph()]),
      heading(2, seed.headings.qa),
      paragraph(),
      heading(2, seed.headings.proposals),
      paragraph(),
      heading(2, seed.headings.followUps),
      paragraph(),
    ],
  };
}
