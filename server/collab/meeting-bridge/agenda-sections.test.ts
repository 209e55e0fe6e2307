import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { initialMinutes } from "@/lib/editor/initial-minutes";
import { readMinutes } from "@/lib/editor/read-minutes";
import { minutesJson } from "@/server/domain/minutes/read-meeting-minutes";
import { minutesState } from "@/server/domain/minutes/build-initial-minutes";
import { addMissingTopicSections } from "./agenda-sections";

const headings = { agenda: "دستور جلسه", qa: "پرسش و پاسخ", proposals: "پیشنهادها", resolutions: "مصوبات", followUps: "پیگیری‌ها" };

function minutesWith(agenda: Array<{ id: string; title: string }>): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, minutesState(initialMinutes({ title: "جلسه", when: "", place: "", guests: [], agenda, headings })));
  return doc;
}

describe("adding sections for new agenda topics", () => {
  it("adds a section for a new topic in agenda order and leaves the others as they are", () => {
    const doc = minutesWith([
      { id: "t1", title: "اول" },
      { id: "t3", title: "سوم" },
    ]);
    const added = addMissingTopicSections(
      doc,
      [
        { id: "t1", title: "اول" },
        { id: "t2", title: "دوم: new topic" },
        { id: "t3", title: "سوم" },
      ],
      headings.agenda,
    );
    expect(added).toBe(1);
    const topics = readMinutes(minutesJson(doc)).sections.filter((section) => section.kind === "topic");
    expect(topics.map((topic) => [topic.topicId, topic.title])).toEqual([
      ["t1", "اول"],
      ["t2", "دوم: new topic"],
      ["t3", "سوم"],
    ]);
  });

  it("does nothing when every topic has its section, so repeating it is harmless", () => {
    const doc = minutesWith([{ id: "t1", title: "اول" }]);
    const before = Y.encodeStateVector(doc);
    expect(addMissingTopicSections(doc, [{ id: "t1", title: "renamed" }], headings.agenda)).toBe(0);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it("recreates the agenda container after the header when note-takers deleted it", () => {
    const doc = minutesWith([]);
    const fragment = doc.getXmlFragment("default");
    fragment.delete(1, 1); // the empty agenda section
    expect(addMissingTopicSections(doc, [{ id: "t9", title: "تازه" }], headings.agenda)).toBe(1);
    const kinds = readMinutes(minutesJson(doc)).sections.map((section) => section.kind);
    expect(kinds.slice(0, 3)).toEqual(["header", "agenda", "topic"]);
  });
});
