// A resolution's votes as the minutes keep them, read, and compared between versions.
import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { compareVersions } from "../version-diff";
import { readMinutes, votesCast } from "./read-minutes";
import { voteCount } from "./resolution-votes";

const resolution = (attrs: Record<string, unknown>): JSONContent => ({
  type: "resolution",
  attrs: { id: "r-1", responsibleBody: "دبیرخانه", due: "2020-01-20", status: "acknowledged", ...attrs },
  content: [{ type: "text", text: "تشکیل کارگروه" }],
});

const doc = (...blocks: JSONContent[]): JSONContent => ({
  type: "doc",
  content: [{ type: "section", attrs: { id: "s-1", kind: "resolutions", topicId: null }, content: [{ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "مصوبات" }] }, ...blocks] }],
});

describe("a resolution's votes", () => {
  it("are whole numbers from 0 to 999, or not counted", () => {
    expect([0, 7, 999, "12", " 3 "].map(voteCount)).toEqual([0, 7, 999, 12, 3]);
    expect([-1, 1000, 2.5, "", "۷", "seven", null, undefined, true].map(voteCount)).toEqual([null, null, null, null, null, null, null, null, null]);
  });

  it("are read with the resolution, none counted reading as no vote", () => {
    const reading = readMinutes(doc(resolution({ votesFor: 7, votesAgainst: "1", votesAbstain: null }), resolution({ id: "r-2" })));
    expect(reading.resolutions).toEqual([
      { id: "r-1", sectionId: "s-1", text: "تشکیل کارگروه", responsibleBody: "دبیرخانه", due: "2020-01-20", status: "acknowledged", votes: { for: 7, against: 1, abstain: null } },
      { id: "r-2", sectionId: "s-1", text: "تشکیل کارگروه", responsibleBody: "دبیرخانه", due: "2020-01-20", status: "acknowledged", votes: null },
    ]);
    expect(reading.sections.map((section) => [section.kind, section.text])).toEqual([["resolutions", ""]]);
    expect(reading.resolutions.map((item) => votesCast(item.votes))).toEqual([8, 0]);
  });

  it("are named when they change between versions, beside the status, due date and body", () => {
    const before = doc(resolution({ votesFor: 7, votesAgainst: 1, votesAbstain: null }));
    const after = doc(resolution({ votesFor: 6, votesAgainst: 1, votesAbstain: 1, status: "in_progress", due: null, responsibleBody: "معاونت" }));
    expect(compareVersions(before, after).changes).toEqual([
      { kind: "resolutionStatusChanged", blockId: "r-1", before: "acknowledged", after: "in_progress" },
      { kind: "resolutionDueChanged", blockId: "r-1", before: "2020-01-20", after: null },
      { kind: "resolutionVotesChanged", blockId: "r-1", before: [7, 1, null], after: [6, 1, 1] },
      { kind: "resolutionResponsibleBodyChanged", blockId: "r-1", before: "دبیرخانه", after: "معاونت" },
    ]);
    expect(compareVersions(before, before).changes).toEqual([]);
  });
});
