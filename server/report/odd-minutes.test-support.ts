// For tests: hand-made odd minutes, 25 shapes in 4 kinds of text (Persian,
// English, Markdown/HTML syntax, mixed) = 100 documents. Some are valid under
// the schema (empty sections, text at every edge of a heading, carried items,
// nested blocks); others are what stored versions can hold although the schema
// no longer allows it (text outside every section, sections without headings,
// node types it does not know, empty documents).
import type { JSONContent } from "@tiptap/core";
import { templateHeading, headerLines } from "@/lib/editor/template-text";
import { SECTION_KINDS, type SectionKind } from "@/lib/editor/nodes/section";

type Say = () => string;

const FLAVOURS: Record<string, (token: string) => string> = {
  persian: (token) => `یادداشت ${token} دربارهٔ کودکان`,
  english: (token) => `A note ${token} on the session`,
  syntax: (token) => `*${token}* <b>&amp;</b> | # [x](javascript:alert(1)) \\ \`c\``,
  mixed: (token) => `گزارش ${token} (Social Emergency) https://example.org/a?b=1 و mailto:office@example.org.`,
};

const text = (value: string, marks?: JSONContent["marks"]): JSONContent => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const p = (...content: JSONContent[]): JSONContent => ({ type: "paragraph", content });
const h = (...content: JSONContent[]): JSONContent => ({ type: "heading", attrs: { level: 2 }, content });
const section = (kind: string, heading: JSONContent | null, body: JSONContent[] = [], id = `s-${kind}`): JSONContent => ({
  type: "section",
  attrs: { id, kind, topicId: kind === "topic" ? "topic-1" : null },
  content: heading ? [heading, ...body] : body,
});
const qa = (say: Say, content?: JSONContent[]): JSONContent => ({
  type: "qaItem",
  attrs: { id: "q1", askedBy: say(), answeredBy: say(), deferred: false },
  content: content ?? [
    { type: "qaQuestion", content: [text(say())] },
    { type: "qaAnswer", content: [text(say())] },
  ],
});
const proposal = (say: Say, categoryId: string | null = "c1"): JSONContent => ({ type: "proposal", attrs: { id: "p1", categoryId, followUp: false }, content: [text(say())] });
const followUp = (say: Say, id = "f1", status = "open"): JSONContent => ({
  type: "followUp",
  attrs: { id, responsibleBody: say(), due: "2020-01-20", status },
  content: [text(say())],
});
const list = (type: "bulletList" | "orderedList", ...items: JSONContent[][]): JSONContent => ({
  type,
  content: items.map((content) => ({ type: "listItem", content })),
});
const quote = (...content: JSONContent[]): JSONContent => ({ type: "blockquote", content });
const stamp = (say: Say): JSONContent => ({ type: "speakerStamp", attrs: { speaker: say(), at: "2019-11-16T14:40:00.000Z" } });
const doc = (...content: JSONContent[]): JSONContent => ({ type: "doc", content });
const heading = (kind: SectionKind): string => templateHeading(kind, "fa") ?? "";

/** The tracked items of earlier meetings that the carried follow-ups name. */
export const CARRIED_IDS = ["carried-1", "carried-2"] as const;

/** The meeting the odd documents belong to (their header's template lines are its). */
export const ODD_MEETING = {
  title: "نشست آزمایشی",
  startsAt: new Date("2019-11-16T14:30:00Z"),
  place: "قم",
  guests: [{ name: "دکتر مهمان", role: "معاون", organisation: "سازمان" }],
};

const SHAPES: Array<(say: Say) => JSONContent> = [
  // Empty documents, and one of empty sections of every kind.
  () => ({ type: "doc" }),
  () => doc(),
  () => doc(...SECTION_KINDS.map((kind) => section(kind, h()))),
  // A section with nothing at all, and one without its heading.
  (say) => doc(section("qa", null), section("other", null, [p(text(say()))]), section("proposals", null, [proposal(say)])),
  // Text outside every section: alone, before, between and after sections.
  (say) => doc(p(text(say()))),
  (say) => doc(p(text(say())), section("qa", h(text(heading("qa"))), [qa(say)]), p(text(say())), section("followUps", h(text(heading("followUps")))), p(text(say()), { type: "hardBreak" }, text(say()))),
  // Text at each edge of a template heading: before it, after it, inside it.
  (say) => doc(section("qa", h(text(`${say()}${heading("qa")}`))), section("proposals", h(text(`${heading("proposals")}${say()}`))), section("followUps", h(text("پیگیری"), text(say(), [{ type: "bold" }]), text("‌ها")))),
  (say) => doc(section("agenda", h(text(`${heading("agenda")} ${say()}`)), [section("topic", h(text("موضوع نخست"), text(` ${say()}`)), [p(text(say()))])]), section("carryOver", h(text(`${say()} ${heading("carryOver")}`)))),
  // A proposal's text that landed in the proposals heading; a pasted paragraph merged into a topic title.
  (say) => doc(section("proposals", h(text(heading("proposals")), text(say())), [proposal(say)]), section("topic", h(text(`کودکان و نوجوانان${say()}`)))),
  // The header: its template lines, a line typed there, a title that is not the meeting's.
  (say) => {
    const lines = headerLines(ODD_MEETING, "fa");
    return doc(section("header", h(text(ODD_MEETING.title)), [p(text(lines.when)), p(text(lines.place)), ...lines.guests.map((line) => p(text(line))), p(text(say()))]));
  },
  (say) => doc(section("header", h(text(say())), [p(text(say()))]), section("header", h(text(ODD_MEETING.title)), [p(text(headerLines(ODD_MEETING, "en").place))])),
  // Carried items: known and unknown origins, notes and a proposal among them, a carried id outside the section.
  (say) => doc(section("carryOver", h(text(heading("carryOver"))), [followUp(say, CARRIED_IDS[0], "in-progress"), followUp(say, CARRIED_IDS[1], "done"), followUp(say, "not-tracked"), p(text(say())), proposal(say)]), section("followUps", h(text(heading("followUps"))), [followUp(say, "own-1"), followUp(say, CARRIED_IDS[0])])),
  (say) => doc(section("carryOver", h(text(heading("carryOver"))), [quote(followUp(say, CARRIED_IDS[1])), section("other", h(text(say())), [followUp(say, CARRIED_IDS[0])])])),
  // Nested blocks: Q&A in a list in a quote, proposals and follow-ups in lists, sections in sections.
  (say) => doc(section("qa", h(text(heading("qa"))), [quote(list("bulletList", [p(text(say())), qa(say)])), list("orderedList", [p(text(say())), proposal(say)], [p(text(say())), followUp(say)])])),
  (say) => doc(section("qa", h(text(say())), [section("other", h(text(say())), [section("topic", h(text(say())), [p(text(say()))])]), p(text(say()))])),
  (say) => doc(quote(section("other", h(text(say())), [p(text(say()))])), list("bulletList", [p(text(say())), section("qa", h(text(say())), [qa(say)])])),
  // Node types the schema does not know, at the top, in a section, inline.
  (say) => doc({ type: "callout", attrs: { tone: "info" }, content: [p(text(say()))] }, section("other", h(text(say())), [{ type: "mystery", text: say() }, { type: "table", content: [{ type: "tableRow", content: [{ type: "tableCell", content: [p(text(say()))] }] }] }])),
  (say) => doc(section("proposals", h(text(heading("proposals"))), [p(text(say()), { type: "mention", attrs: { label: "x" }, text: say() }, { type: "emoji", attrs: { name: "smile" } })])),
  // A section of a kind the schema does not know; text straight in a section; an item with extra or missing fields.
  (say) => doc(section("appendix", h(text(say())), [p(text(say()))]), section("qa", h(text(heading("qa"))), [text(say()), qa(say, [{ type: "qaAnswer", content: [text(say())] }, { type: "qaQuestion", content: [text(say())] }, p(text(say()))])])),
  (say) => doc(section("qa", h(text(heading("qa"))), [qa(say, []), qa(say, [{ type: "qaQuestion", content: [text(say())] }])])),
  // Headings, code and rules in a body; hard breaks and speaker stamps alone.
  (say) => doc(section("topic", h(text(say())), [{ type: "heading", attrs: { level: 3 }, content: [text(say())] }, { type: "codeBlock", content: [text(`${say()}\n${say()}`)] }, { type: "horizontalRule" }, p({ type: "hardBreak" }), p(stamp(say)), p(stamp(say), text(say()), { type: "hardBreak" }, stamp(say))])),
  // Structured blocks outside every section.
  (say) => doc(qa(say), proposal(say, null), followUp(say), followUp(say, CARRIED_IDS[0])),
  // Two sections of one kind under different titles; a list at the top.
  (say) => doc(section("qa", h(text(heading("qa"))), [p(text(say()))], "qa-1"), section("qa", h(text(say())), [qa(say)], "qa-2"), list("bulletList", [p(text(say()))], [p(text(say()))])),
  // Text with new lines inside one text node, white space around it, marks that split a word.
  (say) => doc(section("other", h(text(`  ${say()}  `)), [p(text(`${say()}\n\n${say()}`)), p(text("   ")), p(text(say(), [{ type: "italic" }]), text(say(), [{ type: "link", attrs: { href: "javascript:alert(1)" } }]), text(say(), [{ type: "code" }]))])),
  // Every kind, each with a heading that is not its template's, and text in each.
  (say) => doc(...SECTION_KINDS.map((kind) => section(kind, h(text(say())), [p(text(say()))]))),
];

/** The 100 odd documents, each with a name for failure messages. */
export function oddMinutes(): Array<{ name: string; doc: JSONContent }> {
  return Object.entries(FLAVOURS).flatMap(([flavour, words]) =>
    SHAPES.map((shape, index) => {
      let count = 0;
      const say: Say = () => words(`o${String(index).padStart(2, "0")}x${String((count += 1)).padStart(3, "0")}`);
      return { name: `odd shape ${index + 1} (${flavour})`, doc: shape(say) };
    }),
  );
}
