// The structured reading of the minutes: ProseMirror JSON in, typed data out
// (sections, Q&A pairs, proposals by category, resolutions, follow-ups). Used by the report
// and the follow-up tracker. It never fails on content it does not know, and
// it accounts for every text of the document: each text is in a section's
// title or text, in a structured block, or in the text outside every section.
import type { JSONContent } from "@tiptap/core";
import { voteCount } from "./resolution-votes";
import { SECTION_KINDS, type SectionKind } from "./nodes/section";

export interface MinutesSection {
  id: string;
  kind: SectionKind;
  topicId: string | null;
  title: string;
  /** Everything the section says besides its title, its structured blocks and
   * its nested sections (paragraphs, lists, quotes, headings, code, content of
   * unknown kinds), one paragraph per line. */
  text: string;
}

export interface QaPair {
  id: string;
  sectionId: string | null;
  question: string;
  askedBy: string;
  answer: string;
  answeredBy: string;
  deferred: boolean;
}

export interface ProposalItem {
  id: string;
  categoryId: string | null;
  text: string;
  /** Marked "to follow up": the tracker routes it like a follow-up. */
  followUp: boolean;
}

export interface FollowUpItem {
  id: string;
  /** The section it is in (a carry-over section's are earlier meetings' items). */
  sectionId: string | null;
  text: string;
  responsibleBody: string;
  due: string | null;
  /** As stored: a status of the tracker's path, or a word older minutes hold
   * (lib/tracker-status.ts reads both); none reads as "routed". */
  status: string;
}

/** The votes on a resolution; a count not taken is null. */
export interface ResolutionVotes {
  for: number | null;
  against: number | null;
  abstain: number | null;
}

/** A resolution: what a follow-up holds, and the votes. */
export interface ResolutionItem extends FollowUpItem {
  /** Null when no count was taken. */
  votes: ResolutionVotes | null;
}

/** The votes cast on a resolution, counting a count not taken as none. */
export function votesCast(votes: ResolutionVotes | null): number {
  return votes ? (votes.for ?? 0) + (votes.against ?? 0) + (votes.abstain ?? 0) : 0;
}

export interface MinutesReading {
  sections: MinutesSection[];
  qa: QaPair[];
  proposals: ProposalItem[];
  resolutions: ResolutionItem[];
  followUps: FollowUpItem[];
  /** What is written outside every section (minutes stored before the schema
   * kept all text in sections can hold it), one paragraph per line. */
  outsideSections: string;
}

function str(value: unknown): string {
  return typeof value === "string" ? value : "";
}

const INLINE_TYPES = new Set(["text", "hardBreak", "speakerStamp"]);

/** A node that is part of a line of text rather than a block of its own. */
const isInline = (node: JSONContent): boolean => INLINE_TYPES.has(node.type ?? "") || (typeof node.text === "string" && !node.content);

/** The plain text of a node: text, hard breaks as new lines, speaker stamps as [name]. */
export function plainText(node: JSONContent | undefined): string {
  if (!node) return "";
  if (node.type === "text" || (typeof node.text === "string" && !node.content)) return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  if (node.type === "speakerStamp") return `[${str(node.attrs?.speaker)}] `;
  const children = node.content ?? [];
  return children.map(plainText).join(children.every(isInline) ? "" : "\n").trim();
}

/** Proposals grouped by category, in the order the categories are given; the
 * uncategorised ones last under `null`. */
export function proposalsByCategory(
  reading: MinutesReading,
  categoryIds: readonly string[],
): Array<{ categoryId: string | null; proposals: ProposalItem[] }> {
  const groups = new Map<string | null, ProposalItem[]>(categoryIds.map((id) => [id, []]));
  for (const proposal of reading.proposals) {
    const key = proposal.categoryId !== null && groups.has(proposal.categoryId) ? proposal.categoryId : null;
    groups.set(key, [...(groups.get(key) ?? []), proposal]);
  }
  return [...groups.entries()]
    .filter(([, proposals]) => proposals.length > 0)
    .map(([categoryId, proposals]) => ({ categoryId, proposals }));
}

/** A Q&A item's pair, and what else it holds (not the schema's). */
function qaItemOf(node: JSONContent, sectionId: string | null): { pair: QaPair; rest: JSONContent[] } {
  const children = node.content ?? [];
  const question = children.find((child) => child.type === "qaQuestion");
  const answer = children.find((child) => child.type === "qaAnswer");
  const pair: QaPair = {
    id: str(node.attrs?.id),
    sectionId,
    question: plainText(question),
    askedBy: str(node.attrs?.askedBy),
    answer: plainText(answer),
    answeredBy: str(node.attrs?.answeredBy),
    deferred: node.attrs?.deferred === true,
  };
  return { pair, rest: children.filter((child) => child !== question && child !== answer) };
}

function proposalOf(node: JSONContent): ProposalItem {
  return {
    id: str(node.attrs?.id),
    categoryId: str(node.attrs?.categoryId) || null,
    text: plainText(node),
    followUp: node.attrs?.followUp === true,
  };
}

function followUpOf(node: JSONContent, sectionId: string | null): FollowUpItem {
  return {
    id: str(node.attrs?.id),
    sectionId,
    text: plainText(node),
    responsibleBody: str(node.attrs?.responsibleBody),
    due: str(node.attrs?.due) || null,
    status: str(node.attrs?.status) || "routed",
  };
}

function resolutionOf(node: JSONContent, sectionId: string | null): ResolutionItem {
  const votes: ResolutionVotes = {
    for: voteCount(node.attrs?.votesFor),
    against: voteCount(node.attrs?.votesAgainst),
    abstain: voteCount(node.attrs?.votesAbstain),
  };
  return {
    ...followUpOf(node, sectionId),
    votes: votes.for === null && votes.against === null && votes.abstain === null ? null : votes,
  };
}

export function readMinutes(doc: JSONContent): MinutesReading {
  const reading: MinutesReading = { sections: [], qa: [], proposals: [], resolutions: [], followUps: [], outsideSections: "" };
  const outside: string[] = [];

  /** Adds a block's text to `lines`, one per paragraph, and reads the
   * structured blocks and sections inside it (of any depth) on their own. */
  const walk = (node: JSONContent, sectionId: string | null, lines: string[]): void => {
    switch (node.type) {
      case "section":
        return readSection(node);
      case "qaItem": {
        const { pair, rest } = qaItemOf(node, sectionId);
        reading.qa.push(pair);
        // Anything else in the item (not the schema's) stays with its section.
        rest.forEach((child) => walk(child, sectionId, lines));
        return;
      }
      case "proposal":
        reading.proposals.push(proposalOf(node));
        return;
      case "resolution":
        reading.resolutions.push(resolutionOf(node, sectionId));
        return;
      case "followUp":
        reading.followUps.push(followUpOf(node, sectionId));
        return;
      default:
        walkContent(node, sectionId, lines);
    }
  };

  /** A block's content: each run of inline content is a line; blocks are walked. */
  const walkContent = (node: JSONContent, sectionId: string | null, lines: string[]): void => {
    const children = node.content ?? [];
    if (isInline(node) || (children.length > 0 && children.every(isInline))) {
      const line = plainText(node);
      if (line) lines.push(line);
      return;
    }
    let run: JSONContent[] = [];
    const endRun = (): void => {
      const line = plainText({ type: "paragraph", content: run });
      if (line) lines.push(line);
      run = [];
    };
    for (const child of children) {
      if (isInline(child)) {
        run.push(child);
        continue;
      }
      endRun();
      walk(child, sectionId, lines);
    }
    endRun();
  };

  const readSection = (node: JSONContent): void => {
    const [first, ...rest] = node.content ?? [];
    // A section's first child is its heading; one stored without a heading has no title.
    const heading = first?.type === "heading" ? first : undefined;
    const body = heading ? rest : (node.content ?? []);
    const kind = str(node.attrs?.kind);
    const id = str(node.attrs?.id);
    const section: MinutesSection = {
      id,
      kind: SECTION_KINDS.find((known) => known === kind) ?? "other",
      topicId: str(node.attrs?.topicId) || null,
      title: plainText(heading),
      text: "",
    };
    reading.sections.push(section);
    const lines: string[] = [];
    body.forEach((child) => walk(child, id, lines));
    section.text = lines.join("\n");
  };

  walk(doc, null, outside);
  reading.outsideSections = outside.join("\n");
  return reading;
}
