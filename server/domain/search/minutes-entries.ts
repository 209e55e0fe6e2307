// The searchable entries of one reading of the minutes: each section (its
// title and text), each Q&A item, each proposal, resolution and follow-up, by block.
import type { MinutesReading } from "@/lib/editor/read-minutes";
import type { SearchEntryInput } from "./search-entry";

const lines = (...parts: string[]): string => parts.map((part) => part.trim()).filter(Boolean).join("\n");

export function minutesEntries(reading: MinutesReading, versionNumber: number | null): SearchEntryInput[] {
  const titles = new Map(reading.sections.map((section) => [section.id, section.title]));
  const titleOf = (sectionId: string | null): string => (sectionId === null ? "" : (titles.get(sectionId) ?? ""));
  const entry = (kind: SearchEntryInput["kind"], blockId: string, section: string, body: string): SearchEntryInput => ({
    kind,
    versionNumber,
    blockId,
    threadId: null,
    section,
    body,
  });
  return [
    ...reading.sections.map((section) => entry("minutes", section.id, section.title, lines(section.title, section.text))),
    ...reading.qa.map((qa) => entry("minutes", qa.id, titleOf(qa.sectionId), lines(qa.question, qa.askedBy, qa.answer, qa.answeredBy))),
    ...reading.proposals.map((proposal) => entry("proposal", proposal.id, "", proposal.text)),
    ...reading.resolutions.map((item) => entry("resolution", item.id, titleOf(item.sectionId), lines(item.text, item.responsibleBody))),
    ...reading.followUps.map((item) => entry("followUp", item.id, titleOf(item.sectionId), lines(item.text, item.responsibleBody))),
    entry("minutes", "", "", reading.outsideSections),
  ].filter((item) => item.body.trim() !== "");
}
