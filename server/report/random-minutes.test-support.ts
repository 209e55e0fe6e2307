// For tests: random minutes documents built from the real TipTap schema (every
// node is created with createChecked, following the schema's content
// expressions), with sections of every kind, headings, marked text, lists,
// quotes, Q&A items, proposals with categories, follow-ups, speaker stamps,
// hard breaks and carried items, in Persian and English. Every text holds a
// token of its own ("w00042"), so that a text missing from a report cannot be
// found elsewhere by chance. One seed gives one document.
import { getSchema, type JSONContent } from "@tiptap/core";
import type { Mark, Node as PmNode, NodeType } from "@tiptap/pm/model";
import * as prng from "lib0/prng";
import { minutesExtensions } from "@/lib/editor/extensions";
import { FOLLOW_UP_STATUSES } from "@/lib/editor/nodes/follow-up";
import { SECTION_KINDS, type SectionKind } from "@/lib/editor/nodes/section";
import { templateHeading } from "@/lib/editor/template-text";

export const MINUTES_SCHEMA = getSchema(minutesExtensions());

function nodeType(name: string): NodeType {
  const type = MINUTES_SCHEMA.nodes[name];
  if (!type) throw new Error(`the minutes' schema has no ${name}`);
  return type;
}

const PERSIAN = ["گزارش", "جلسه", "پیشنهاد", "کودکان", "خانواده", "اورژانس اجتماعی", "حوزهٔ علمیه", "می‌شود", "پیگیری", "۱۲۳", "۱۴۰۳", "«نقل‌قول»", "،", "؛", "؟", "(شمارهٔ ۲)"];
const ENGLISH = ["report", "session", "Social Emergency", "follow-up", "v2", "2024", "(note)", "O'Brien", "e.g.", "A&B"];
/** What Markdown, HTML and the link finder could take for syntax. */
const SYNTAX = ["*bold*", "_x_", "[a](b)", "<b>", "&amp;", "a|b", "#", "1.", "-", ">", "`code`", "\\", "~~", "$x$", "!", "+", "=", '"q"', "https://example.org/a?b=1&c=2", "mailto:office@example.org", "javascript:alert(1)", "  "];
const LINKS = ["https://example.org/x", "mailto:office@example.org", "javascript:alert(1)", "/relative"];

export interface GeneratedMinutes {
  doc: JSONContent;
  /** How many texts it holds (tokens given). */
  texts: number;
}

interface Context {
  gen: prng.PRNG;
  tokens: { next: number };
  depth: number;
  /** The kind of the innermost section, null outside every section. */
  kind: SectionKind | null;
  /** Tracked item ids of earlier meetings that a carried follow-up may have. */
  carriedIds: readonly string[];
  categoryIds: readonly string[];
  meetingTitle: string;
}

const chance = (ctx: Context, p: number): boolean => prng.real53(ctx.gen) < p;

function token(ctx: Context): string {
  ctx.tokens.next += 1;
  return `w${String(ctx.tokens.next).padStart(5, "0")}`;
}

/** A few words, with one token among them. */
function words(ctx: Context): string {
  const pool = prng.oneOf(ctx.gen, [PERSIAN, PERSIAN, ENGLISH, SYNTAX]);
  const list = Array.from({ length: prng.int32(ctx.gen, 0, 5) }, () => prng.oneOf(ctx.gen, chance(ctx, 0.8) ? pool : SYNTAX));
  list.splice(prng.int32(ctx.gen, 0, list.length), 0, token(ctx));
  const joined = list.join(chance(ctx, 0.9) ? " " : "  ");
  return chance(ctx, 0.1) ? ` ${joined} ` : joined;
}

function marks(ctx: Context, parent: NodeType): readonly Mark[] {
  let set: readonly Mark[] = [];
  for (const type of Object.values(MINUTES_SCHEMA.marks)) {
    if (!parent.allowsMarkType(type) || !chance(ctx, 0.2)) continue;
    const mark = type.name === "link" ? type.create({ href: prng.oneOf(ctx.gen, LINKS) }) : type.create();
    set = mark.addToSet(set);
  }
  return set;
}

function inline(type: NodeType, ctx: Context, parent: NodeType): PmNode {
  const { nodes } = MINUTES_SCHEMA;
  if (type === nodes.hardBreak) return type.createChecked();
  if (type === nodes.speakerStamp) return type.createChecked({ speaker: words(ctx), at: "2019-11-16T14:40:00.000Z" });
  return MINUTES_SCHEMA.text(words(ctx), marks(ctx, parent));
}

const BLOCK_WEIGHTS: Record<string, number> = {
  paragraph: 5,
  section: 1.2,
  qaItem: 1.5,
  proposal: 1.5,
  resolution: 1.2,
  followUp: 1.5,
  bulletList: 0.8,
  orderedList: 0.8,
  blockquote: 0.6,
  heading: 0.5,
  codeBlock: 0.4,
  horizontalRule: 0.2,
  text: 6,
  hardBreak: 1,
  speakerStamp: 1,
};
/** Blocks that hold blocks: only so deep. */
const CONTAINERS = new Set(["section", "bulletList", "orderedList", "blockquote", "listItem"]);
/** The blocks a section of a kind is mostly made of. */
const FAVOURED: Partial<Record<SectionKind, string>> = { qa: "qaItem", proposals: "proposal", resolutions: "resolution", followUps: "followUp", carryOver: "followUp" };

function weight(type: NodeType, ctx: Context, parent: NodeType): number {
  if (parent === MINUTES_SCHEMA.topNodeType) return type.name === "section" ? 12 : (BLOCK_WEIGHTS[type.name] ?? 1);
  if (CONTAINERS.has(type.name) && ctx.depth >= 4) return 0;
  const base = BLOCK_WEIGHTS[type.name] ?? 1;
  return ctx.kind && FAVOURED[ctx.kind] === type.name ? base * 4 : base;
}

function pick(options: NodeType[], ctx: Context, parent: NodeType): NodeType | null {
  const weights = options.map((type) => weight(type, ctx, parent));
  let at = prng.real53(ctx.gen) * weights.reduce((sum, w) => sum + w, 0);
  for (const [index, type] of options.entries()) {
    at -= weights[index] ?? 0;
    if (at < 0 && (weights[index] ?? 0) > 0) return type;
  }
  return options.find((_, index) => (weights[index] ?? 0) > 0) ?? null;
}

/** Children for `type` following its content expression, starting after `first`. */
function content(type: NodeType, ctx: Context, first: PmNode[] = []): PmNode[] {
  const out = [...first];
  let match = type.contentMatch;
  for (const node of first) match = match.matchType(node.type) ?? match;
  const most = type.inlineContent ? 5 : 6;
  for (;;) {
    if (match.validEnd && (out.length >= most || chance(ctx, type === MINUTES_SCHEMA.topNodeType ? 0.12 : 0.3))) break;
    const options = Array.from({ length: match.edgeCount }, (_, index) => match.edge(index).type);
    // What the content must still have is made even where containers are too deep.
    const next = pick(options, ctx, type) ?? (match.validEnd ? null : (options[0] ?? null));
    if (!next) break;
    out.push(node(next, ctx, type));
    const after = match.matchType(next);
    if (!after) break;
    match = after;
  }
  return out;
}

function categoryId(ctx: Context): string | null {
  if (chance(ctx, 0.2)) return null;
  return chance(ctx, 0.1) ? "a-removed-category" : prng.oneOf(ctx.gen, [...ctx.categoryIds]);
}

function attributes(type: NodeType, ctx: Context): Record<string, unknown> | null {
  const id = `b${prng.uint32(ctx.gen, 0, 0xffffffff).toString(36)}`;
  switch (type.name) {
    case "heading":
      return { level: prng.int32(ctx.gen, 1, 4) };
    case "qaItem":
      return { id, askedBy: chance(ctx, 0.6) ? words(ctx) : "", answeredBy: chance(ctx, 0.6) ? words(ctx) : "", deferred: chance(ctx, 0.2) };
    case "proposal":
      return { id, categoryId: categoryId(ctx), followUp: chance(ctx, 0.3) };
    case "followUp": {
      const carried = ctx.kind === "carryOver" && ctx.carriedIds.length > 0 && chance(ctx, 0.8);
      const due = prng.oneOf(ctx.gen, [null, "2020-01-20", "2019-12-16", "not a day"]);
      const status = chance(ctx, 0.9) ? prng.oneOf(ctx.gen, [...FOLLOW_UP_STATUSES, "open", "in-progress", "done"]) : "waiting";
      return { id: carried ? prng.oneOf(ctx.gen, [...ctx.carriedIds]) : id, responsibleBody: chance(ctx, 0.7) ? words(ctx) : "", due, status };
    }
    case "resolution": {
      const vote = (): number | null => (chance(ctx, 0.6) ? prng.int32(ctx.gen, 0, 12) : null);
      const due = prng.oneOf(ctx.gen, [null, "2020-01-20", "not a day"]);
      const status = prng.oneOf(ctx.gen, [...FOLLOW_UP_STATUSES, "waiting"]);
      return { id, responsibleBody: chance(ctx, 0.7) ? words(ctx) : "", due, status, votesFor: vote(), votesAgainst: vote(), votesAbstain: vote() };
    }
    default:
      return null;
  }
}

function node(type: NodeType, ctx: Context, parent: NodeType): PmNode {
  if (type.isInline) return inline(type, ctx, parent);
  if (type.name === "section") return section(ctx);
  // A code block holds unmarked text, its lines separated by new lines.
  if (type.name === "codeBlock") return type.createChecked(null, chance(ctx, 0.8) ? [MINUTES_SCHEMA.text(`${words(ctx)}\n${words(ctx)}`)] : []);
  return type.createChecked(attributes(type, ctx), content(type, { ...ctx, depth: ctx.depth + 1 }));
}

/** A section: a kind, a heading that is often the template's (or, in the header, the meeting's title), and a body. */
function section(ctx: Context): PmNode {
  const nodes = { heading: nodeType("heading"), section: nodeType("section") };
  const kind = prng.oneOf(ctx.gen, [...SECTION_KINDS]);
  const inner: Context = { ...ctx, depth: ctx.depth + 1, kind };
  const template = kind === "header" ? ctx.meetingTitle : templateHeading(kind, "fa");
  const title = template && chance(ctx, 0.4) ? [MINUTES_SCHEMA.text(template)] : content(nodes.heading, inner);
  const heading = nodes.heading.createChecked({ level: kind === "topic" ? 3 : 2 }, title);
  const attrs = { id: `s${prng.uint32(ctx.gen, 0, 0xffffffff).toString(36)}`, kind, topicId: kind === "topic" ? "topic-1" : null };
  return nodes.section.createChecked(attrs, content(nodes.section, inner, [heading]));
}

/** One random document, valid under the schema (checked), from one seed. */
export function randomMinutes(seed: number, options: { carriedIds: readonly string[]; categoryIds: readonly string[]; meetingTitle: string }): GeneratedMinutes {
  const ctx: Context = { gen: prng.create(seed), tokens: { next: 0 }, depth: 0, kind: null, ...options };
  const doc = MINUTES_SCHEMA.topNodeType.createChecked(null, content(MINUTES_SCHEMA.topNodeType, ctx));
  doc.check();
  return { doc: doc.toJSON() as JSONContent, texts: ctx.tokens.next };
}
