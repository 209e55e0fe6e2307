// The blocks of the minutes the tracker follows: every follow-up and
// resolution, and the proposals marked to follow up; each with the authors of what it holds
// (block-authors.ts), matched by position in readMinutes' lists.
import { withoutControlCharacters } from "@/lib/control-characters";
import type { FollowUpItem, MinutesReading } from "@/lib/editor/read-minutes";
import type { TrackedKind } from "@/lib/tracker-status";
import type { BlockAuthors, MinutesAuthors } from "./block-authors";

export interface TrackedBlock {
  id: string;
  kind: TrackedKind;
  text: string;
  categoryId: string | null;
  responsibleBody: string;
  due: string | null;
  minutesStatus: string;
  /** The section it is in (a follow-up's or resolution's; null for a proposal or outside sections). */
  sectionId: string | null;
  /** Null when the authors were not read. */
  authors: BlockAuthors | null;
}

/** Each id once (the first block wins); a block without an id is not tracked. */
export function firstOfEachId(blocks: readonly TrackedBlock[]): TrackedBlock[] {
  const seen = new Set<string>();
  return blocks.filter((block) => {
    if (!block.id || seen.has(block.id)) return false;
    seen.add(block.id);
    return true;
  });
}

/** The minutes hold a block the tracker follows (else their authors need not be read). */
export function holdsTrackableBlocks(reading: MinutesReading): boolean {
  return reading.followUps.length > 0 || reading.resolutions.length > 0 || reading.proposals.some((proposal) => proposal.followUp);
}

/** A follow-up or a resolution, as the tracker follows it: both name a body and a date. */
function routedBlock(kind: "followUp" | "resolution", item: FollowUpItem, authors: BlockAuthors | null): TrackedBlock {
  return {
    id: item.id,
    kind,
    text: withoutControlCharacters(item.text),
    categoryId: null,
    responsibleBody: withoutControlCharacters(item.responsibleBody),
    due: item.due,
    minutesStatus: item.status,
    sectionId: item.sectionId,
    authors,
  };
}

/** Whether the tracker routes an item of this kind by the body and date the
 * minutes name (a proposal names neither: the organizer assigns them). */
export const namesBodyAndDue = (kind: TrackedKind): boolean => kind !== "proposal";

/** Every follow-up, then every resolution, then every proposal marked to follow up, as the minutes hold them. */
export function trackableBlocks(reading: MinutesReading, authors: MinutesAuthors | null = null): TrackedBlock[] {
  const counts = (lists: { followUps: unknown[]; resolutions: unknown[]; proposals: unknown[] }): string =>
    [lists.followUps.length, lists.resolutions.length, lists.proposals.length].join();
  if (authors && counts(authors) !== counts(reading)) throw new Error("the minutes' authors and reading list different blocks");
  return [
    ...reading.followUps.map((item, index) => routedBlock("followUp", item, authors?.followUps[index] ?? null)),
    ...reading.resolutions.map((item, index) => routedBlock("resolution", item, authors?.resolutions[index] ?? null)),
    ...reading.proposals.flatMap((proposal, index) =>
      proposal.followUp
        ? [
            {
              id: proposal.id,
              kind: "proposal" as const,
              text: withoutControlCharacters(proposal.text),
              categoryId: proposal.categoryId,
              responsibleBody: "",
              due: null,
              minutesStatus: "routed",
              sectionId: null,
              authors: authors?.proposals[index] ?? null,
            },
          ]
        : [],
    ),
  ];
}
