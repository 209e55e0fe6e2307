// The named changes between two versions, in the reader's words: "Q&A answer
// changed", "Proposal category changed: A → B" with the categories' names,
// "Follow-up status changed: Routed → Answered" in the tracker's words, a due date in both calendars. Each
// sentence keeps its {placeholders} so the values can be isolated when shown,
// and carries the text of the block it is about.
import { dueInstant } from "@/lib/editor/due-date";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import type { MessageKey } from "@/lib/i18n/messages-fa";
import { translator, type Translator } from "@/lib/i18n/translate";
import { formatDateBoth } from "@/lib/jalali-date";
import { isTrackerStatus, minutesStatusName } from "@/lib/tracker-status";
import type { BlockDiff, TextField, VersionChange, VoteCounts } from "@/lib/version-diff";

/** The block type a status, due date or body change is about. */
const routedType = (kind: string): "resolution" | "followUp" => (kind.startsWith("resolution") ? "resolution" : "followUp");

export interface ChangeSentence {
  /** The catalogue sentence, its {placeholders} still in it. */
  template: string;
  values: Record<string, string>;
  /** What the changed block says (a Q&A item's question, a proposal's text), shortened. */
  context: string | null;
}

const CONTEXT_LENGTH = 140;

const BLOCK_NAMES: Record<string, MessageKey> = {
  section: "compare.block.section",
  qaItem: "compare.block.qaItem",
  proposal: "compare.block.proposal",
  resolution: "compare.block.resolution",
  followUp: "compare.block.followUp",
};

export function blockTypeName(type: string, t: Translator): string {
  return t(BLOCK_NAMES[type] ?? "compare.block.other");
}

function shorten(text: string): string | null {
  const line = text.replace(/\s+/g, " ").trim();
  if (!line) return null;
  return line.length > CONTEXT_LENGTH ? `${line.slice(0, CONTEXT_LENGTH - 1).trimEnd()}…` : line;
}

/** A block's text in the newer version (in the older one for a removed block). */
function fieldText(block: BlockDiff | undefined, field: TextField): string {
  const diff = block?.fields.find((candidate) => candidate.field === field);
  if (!diff) return "";
  const side = block?.status === "removed" ? "insert" : "delete";
  return diff.segments
    .filter((segment) => segment.op !== side)
    .map((segment) => segment.text)
    .join("");
}

/** The field that best names a block: a section's title, a question, else its text. */
function blockContext(block: BlockDiff | undefined): string | null {
  if (!block) return null;
  const field: TextField = block.type === "section" ? "title" : block.type === "qaItem" ? "question" : "text";
  return shorten(fieldText(block, field));
}

interface DescribeOptions {
  changes: readonly VersionChange[];
  blocks: readonly BlockDiff[];
  /** Category id → name, the removed categories too. */
  categories: ReadonlyMap<string, string>;
  locale: Locale;
}

/** How the sentences name blocks and values: the block a change is about, a category, a status, a day, votes. */
function wordsFor(options: DescribeOptions) {
  const { blocks, categories, locale } = options;
  const t = translator(locale);
  const byId = new Map<string, BlockDiff>();
  for (const block of blocks) {
    if (block.id) byId.set(`${block.type}:${block.id}`, block);
    byId.set(block.key, block);
  }
  const find = (type: string, blockId: string | null): BlockDiff | undefined =>
    blockId === null ? undefined : (byId.get(`${type}:${blockId}`) ?? byId.get(blockId));
  const category = (id: string | null): string =>
    id === null ? t("blocks.proposal.noCategory") : (categories.get(id) ?? t("blocks.proposal.unknownCategory"));
  const status = (stored: string): string => {
    const value = minutesStatusName(stored);
    return isTrackerStatus(value) ? t(`tracker.status.${value}`) : value;
  };
  const due = (value: string | null): string => {
    const instant = dueInstant(value);
    return instant ? formatDateBoth(instant, locale, { timeZone: "UTC", weekday: false }) : t("blocks.followUp.noDue");
  };
  const orEmpty = (value: string): string => value.trim() || t("compare.empty");
  const count = (value: number | null): string => (value === null ? t("report.resolution.notCounted") : formatInteger(value, locale));
  const votes = ([inFavour, against, abstain]: VoteCounts): string =>
    inFavour === null && against === null && abstain === null
      ? t("compare.empty")
      : t("report.resolution.voteCount", { for: count(inFavour), against: count(against), abstain: count(abstain) });
  return { t, find, category, status, due, orEmpty, votes };
}

function sentenceOf(change: VersionChange, words: ReturnType<typeof wordsFor>): ChangeSentence {
  const { t, find, category, status, due, orEmpty, votes } = words;
  switch (change.kind) {
    case "qaAnswerChanged":
      return { template: t("change.qaAnswerChanged"), values: {}, context: blockContext(find("qaItem", change.blockId)) };
    case "qaDeferredChanged":
      return {
        template: t(change.after ? "change.qaDeferredOn" : "change.qaDeferredOff"),
        values: {},
        context: blockContext(find("qaItem", change.blockId)),
      };
    case "proposalCategoryChanged":
      return {
        template: t("change.proposalCategoryChanged"),
        values: { before: category(change.before), after: category(change.after) },
        context: blockContext(find("proposal", change.blockId)),
      };
    case "followUpStatusChanged":
    case "resolutionStatusChanged":
      return {
        template: t(`change.${change.kind}`),
        values: { before: status(change.before), after: status(change.after) },
        context: blockContext(find(routedType(change.kind), change.blockId)),
      };
    case "followUpDueChanged":
    case "resolutionDueChanged":
      return {
        template: t(`change.${change.kind}`),
        values: { before: due(change.before), after: due(change.after) },
        context: blockContext(find(routedType(change.kind), change.blockId)),
      };
    case "followUpResponsibleBodyChanged":
    case "resolutionResponsibleBodyChanged":
      return {
        template: t(`change.${change.kind}`),
        values: { before: orEmpty(change.before), after: orEmpty(change.after) },
        context: blockContext(find(routedType(change.kind), change.blockId)),
      };
    case "resolutionVotesChanged":
      return {
        template: t("change.resolutionVotesChanged"),
        values: { before: votes(change.before), after: votes(change.after) },
        context: blockContext(find("resolution", change.blockId)),
      };
    case "blockAdded":
    case "blockRemoved":
      return {
        template: t(change.kind === "blockAdded" ? "change.blockAdded" : "change.blockRemoved", { block: blockTypeName(change.blockType, t) }),
        values: {},
        context: shorten(change.text),
      };
    case "blockMoved":
      return {
        template: t("change.blockMoved", { block: blockTypeName(change.blockType, t) }),
        values: {},
        context: blockContext(find(change.blockType, change.blockId)),
      };
  }
}

export function describeChanges(options: DescribeOptions): ChangeSentence[] {
  const words = wordsFor(options);
  return options.changes.map((change) => sentenceOf(change, words));
}
