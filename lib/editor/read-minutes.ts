// The structured reading of the minutes: ProseMirror JSON in, typed data out
// (sections, Q&A pairs, proposals by category, follow-ups). Used by the report
// and the follow-up tracker; it never fails on content it does not know.
import type { JSONContent } from "@tiptap/core";
import { SECTION_KINDS, type SectionKind } from "./nodes/section";

export interface MinutesSection {
  id: string;
  kind: SectionKind;
  topicId: string | null;
  title: string;
  /** The section's own paragraphs (not its structured blocks), one per line. */
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
  status: string;
}

export interface MinutesReading {
  sections: MinutesSection[];
  qa: QaPair[];
  proposals: ProposalItem[];
  followUps: FollowUpItem[];
}

function str(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** The plain text of a node: text, hard breaks as new lines, speaker stamps as [name]. */
export function plainText(node: JSONContent | undefined): string {
  if (!node) return "";
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  if (node.type === "speakerStamp") return `[${str(node.attrs?.speaker)}] `;
  const children = node.content ?? [];
  const inline = children.every((child) => child.type === "text" || child.type === "hardBreak" || child.type === "speakerStamp");
  return children.map(plainText).join(inline ? "" : "\n").trim();
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

export function readMinutes(doc: JSONContent): MinutesReading {
  const reading: MinutesReading = { sections: [], qa: [], proposals: [], followUps: [] };
  const walk = (node: JSONContent, sectionId: string | null): void => {
    switch (node.type) {
      case "section": {
        const [heading, ...body] = node.content ?? [];
        const kind = str(node.attrs?.kind);
        const id = str(node.attrs?.id);
        reading.sections.push({
          id,
          kind: SECTION_KINDS.find((known) => known === kind) ?? "other",
          topicId: str(node.attrs?.topicId) || null,
          title: plainText(heading),
          text: body
            .filter((child) => child.type === "paragraph" || child.type === "bulletList" || child.type === "orderedList" || child.type === "blockquote")
            .map(plainText)
            .filter(Boolean)
            .join("\n"),
        });
        body.forEach((child) => walk(child, id));
        return;
      }
      case "qaItem": {
        const question = node.content?.find((child) => child.type === "qaQuestion");
        const answer = node.content?.find((child) => child.type === "qaAnswer");
        reading.qa.push({
          id: str(node.attrs?.id),
          sectionId,
          question: plainText(question),
          askedBy: str(node.attrs?.askedBy),
          answer: plainText(answer),
          answeredBy: str(node.attrs?.answeredBy),
          deferred: node.attrs?.deferred === true,
        });
        return;
      }
      case "proposal":
        reading.proposals.push({
          id: str(node.attrs?.id),
          categoryId: str(node.attrs?.categoryId) || null,
          text: plainText(node),
          followUp: node.attrs?.followUp === true,
        });
        return;
      case "followUp":
        reading.followUps.push({
          id: str(node.attrs?.id),
          sectionId,
          text: plainText(node),
          responsibleBody: str(node.attrs?.responsibleBody),
          due: str(node.attrs?.due) || null,
          status: str(node.attrs?.status) || "open",
        });
        return;
      default:
        (node.content ?? []).forEach((child) => walk(child, sectionId));
    }
  };
  walk(doc, null);
  return reading;
}
