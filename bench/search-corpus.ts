// The search benchmark's corpus: meetings in series, each with one locked
// version of about 3,000 words of minutes drawn from the sample meeting's
// vocabulary (its presentation, Q&A, proposals and follow-ups), in the
// minutes' own structure: agenda topics, Q&A items, proposals, resolutions,
// follow-ups. Seeded: the same options give the same corpus.
import type { JSONContent } from "@tiptap/core";
import { readMinutes } from "@/lib/editor/read-minutes";
import { seededRandom } from "@/lib/seeded-random";
import { sampleMinutes } from "@/server/demo/sample-minutes";

/** Every word of the sample meeting's minutes, in order, repeats kept (common words stay common). */
export function sampleVocabulary(): string[] {
  const seed = {
    title: "",
    when: "",
    place: "",
    guests: [],
    agenda: ["t0", "t1", "t2", "t3", "t4"].map((id) => ({ id, title: "" })),
    headings: { agenda: "", qa: "", proposals: "", resolutions: "", followUps: "" },
  };
  const reading = readMinutes(sampleMinutes(seed, ["c1", "c2", "c3", "c4", "c5"], new Date(0)));
  const texts = [
    ...reading.sections.map((section) => section.text),
    ...reading.qa.flatMap((qa) => [qa.question, qa.answer]),
    ...reading.proposals.map((proposal) => proposal.text),
    ...reading.followUps.flatMap((item) => [item.text, item.responsibleBody]),
  ];
  return texts.join(" ").split(/[\s.،؛:؟!()«»\[\]]+/u).filter((word) => word.length > 1 && !/^\[/.test(word));
}

export interface CorpusMeeting {
  title: string;
  series: number;
  startsAt: Date;
  minutes: JSONContent;
  words: number;
}

const text = (value: string): JSONContent[] => [{ type: "text", text: value }];
const paragraph = (value: string): JSONContent => ({ type: "paragraph", content: text(value) });

function section(id: string, kind: string, title: string, body: JSONContent[]): JSONContent {
  return { type: "section", attrs: { id, kind, topicId: null }, content: [{ type: "heading", attrs: { level: 2 }, content: text(title) }, ...body] };
}

/** `count` words of the vocabulary, from a random place on (runs of real text read like it). */
function phrase(vocabulary: readonly string[], random: () => number, count: number): string {
  const start = Math.floor(random() * vocabulary.length);
  return Array.from({ length: count }, (_, index) => vocabulary[(start + index) % vocabulary.length]).join(" ");
}

/** One meeting's minutes: about `words` words in the minutes' structure. */
function minutesOf(index: number, vocabulary: readonly string[], random: () => number, words: number): { doc: JSONContent; words: number } {
  let written = 0;
  const say = (count: number): string => {
    written += count;
    return phrase(vocabulary, random, count);
  };
  const id = (name: string, at: number): string => `m${index}-${name}${at}`;
  const topics = Array.from({ length: 3 }, (_, at) => section(id("topic", at), "topic", say(4), [paragraph(say(Math.round(words * 0.15))), paragraph(say(Math.round(words * 0.1)))]));
  const qa = Array.from({ length: 8 }, (_, at) => ({
    type: "qaItem",
    attrs: { id: id("qa", at), askedBy: say(2), answeredBy: say(2), deferred: false },
    content: [{ type: "qaQuestion", content: text(say(20)) }, { type: "qaAnswer", content: text(say(Math.round(words * 0.02))) }],
  }));
  const proposals = Array.from({ length: 6 }, (_, at) => ({ type: "proposal", attrs: { id: id("p", at), categoryId: null, followUp: false }, content: text(say(25)) }));
  const routed = (type: string, name: string) => (_: unknown, at: number): JSONContent => ({ type, attrs: { id: id(name, at), responsibleBody: say(3), due: null, status: "routed" }, content: text(say(20)) });
  const doc: JSONContent = {
    type: "doc",
    content: [
      section(id("s", 0), "header", say(8), [paragraph(say(10))]),
      section(id("s", 1), "agenda", say(3), topics),
      section(id("s", 2), "qa", say(3), qa),
      section(id("s", 3), "proposals", say(2), proposals),
      section(id("s", 4), "resolutions", say(1), Array.from({ length: 2 }, routed("resolution", "r"))),
      section(id("s", 5), "followUps", say(1), Array.from({ length: 3 }, routed("followUp", "f"))),
    ],
  };
  return { doc, words: written };
}

/** `meetings` meetings in `series` series, a few days apart, about `words` words each. */
export function corpus(options: { meetings: number; series: number; words: number; seed: number }): CorpusMeeting[] {
  const vocabulary = sampleVocabulary();
  const random = seededRandom(options.seed);
  const first = Date.UTC(2023, 0, 1, 13, 30);
  return Array.from({ length: options.meetings }, (_, index) => {
    const { doc, words } = minutesOf(index, vocabulary, random, options.words);
    return { title: `${phrase(vocabulary, random, 6)} (${index + 1})`, series: index % options.series, startsAt: new Date(first + index * 86_400_000), minutes: doc, words };
  });
}

/** Fifty queries of the kinds people type: single words, pairs, and the same words spelled as they are often typed
 * (Arabic ي and ك, a space for the zero-width non-joiner, no hamza), taken from the vocabulary. */
export function typicalQueries(seed: number): string[] {
  const vocabulary = [...new Set(sampleVocabulary().filter((word) => word.length >= 4))];
  const random = seededRandom(seed);
  const pick = (): string => vocabulary[Math.floor(random() * vocabulary.length)] ?? "";
  const misspell = (word: string): string => word.replaceAll("ی", "ي").replaceAll("ک", "ك").replaceAll("\u200c", " ").replaceAll("ٔ", "");
  return [
    ...Array.from({ length: 20 }, pick),
    ...Array.from({ length: 20 }, () => `${pick()} ${pick()}`),
    ...Array.from({ length: 10 }, () => misspell(pick())),
  ];
}
