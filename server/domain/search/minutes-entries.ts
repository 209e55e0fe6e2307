// The searchable entries of one reading of the minutes: each section (its
// title and text), each Q&A item, each proposal, resolution and follow-up, by
// block, with what the filters ask of it (who spoke, the category, the
// responsible body, the status as the tracker reads it).
import type { MinutesReading } from "@/lib/editor/read-minutes";
import { readMinutesStatus } from "@/lib/tracker-status";
import type { SearchEntryInput, SearchFacets } from "./search-entry";

const lines = (...parts: string[]): string => parts.map((part) => part.trim()).filter(Boolean).join("\n");

export function minutesEntries(reading: MinutesReading, versionNumber: number | null): SearchEntryInput[] {
  const titles = new Map(reading.sections.map((section) => [section.id, section.title]));
  const titleOf = (sectionId: string | null): string => (sectionId === null ? "" : (titles.get(sectionId) ?? ""));
  const entry = (kind: SearchEntryInput["kind"], blockId: string, section: string, body: string, facets: SearchFacets = {}): SearchEntryInput => ({
    kind,
    versionNumber,
    blockId,
    threadId: null,
    section,
    body,
    facets,
  });
  const tracked = (item: { responsibleBody: string; status: string }): SearchFacets => ({
    responsibleBody: item.responsibleBody,
    status: readMinutesStatus(item.status),
  });
  return [
    ...reading.sections.map((section) => entry("minutes", section.id, section.title, lines(section.title, section.text))),
    ...reading.qa.map((qa) =>
      entry("minutes", qa.id, titleOf(qa.sectionId), lines(qa.question, qa.askedBy, qa.answer, qa.answeredBy), {
        speakers: [qa.askedBy, qa.answeredBy],
      }),
    ),
    ...reading.proposals.map((proposal) => entry("proposal", proposal.id, "", proposal.text, proposal.categoryId === null ? {} : { categoryId: proposal.categoryId })),
    ...reading.resolutions.map((item) => entry("resolution", item.id, titleOf(item.sectionId), lines(item.text, item.responsibleBody), tracked(item))),
    ...reading.followUps.map((item) => entry("followUp", item.id, titleOf(item.sectionId), lines(item.text, item.responsibleBody), tracked(item))),
    entry("minutes", "", "", reading.outsideSections),
  ].filter((item) => item.body.trim() !== "");
}
