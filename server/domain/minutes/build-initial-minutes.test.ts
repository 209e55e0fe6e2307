// The minutes are complete under the schema when the server stores them, so
// that the browser has nothing to fill in on open (issue 12: a browser that
// normalised the minutes wrote into locked ones). Minutes the schema would
// have to repair are refused before anything is stored.
import { getSchema, type JSONContent } from "@tiptap/core";
import { yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { MINUTES_FRAGMENT, minutesExtensions } from "@/lib/editor/extensions";
import { initialMinutes, paragraph, type MinutesSeed } from "@/lib/editor/initial-minutes";
import { sampleMinutes } from "@/server/demo/sample-minutes";
import { minutesState } from "./build-initial-minutes";
import { withCarryOver } from "../tracker/carry-over";

const schema = getSchema(minutesExtensions());

const SEED: MinutesSeed = {
  title: "نشست آزمون",
  when: "۲۵ آبان ۱۴۰۴",
  place: "قم",
  guests: ["مهمان آزمون"],
  agenda: [
    { id: "topic-1", title: "کودکان کار" },
    { id: "topic-2", title: "خانواده" },
  ],
  headings: { agenda: "دستور جلسه", qa: "پرسش و پاسخ", proposals: "پیشنهادها", resolutions: "مصوبات", followUps: "پیگیری‌ها" },
};

/** The minutes as a browser reads them from the stored state. */
function storedMinutes(state: Uint8Array): JSONContent {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(MINUTES_FRAGMENT), schema).toJSON() as JSONContent;
}

describe("the minutes as first stored", () => {
  const carried: JSONContent = {
    type: "section",
    attrs: { id: "carried", kind: "carryOver", topicId: null },
    content: [{ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "پیگیری‌های جلسه‌های پیشین" }] }, paragraph()],
  };
  const templates: Array<[string, JSONContent]> = [
    ["the template", initialMinutes(SEED)],
    ["the template with items carried over", withCarryOver(initialMinutes(SEED), carried)],
    ["the template of a meeting without agenda or guests", initialMinutes({ ...SEED, agenda: [], guests: [], place: "" })],
    ["the sample meeting's minutes", sampleMinutes(SEED, ["category-1"], new Date("2019-11-16T14:30:00Z"))],
  ];

  it.each(templates)("%s: valid under the schema, stored exactly as built", (_name, json) => {
    const built = schema.nodeFromJSON(json);
    expect(() => built.check()).not.toThrow();
    const stored = schema.nodeFromJSON(storedMinutes(minutesState(json)));
    expect(() => stored.check()).not.toThrow();
    expect(stored.eq(built)).toBe(true);
  });

  it("refuses minutes the schema would have to fill in", () => {
    const headless: JSONContent = {
      type: "doc",
      content: [{ type: "section", attrs: { id: "s", kind: "other", topicId: null }, content: [paragraph("بدون عنوان")] }],
    };
    expect(() => minutesState(headless)).toThrow(/Invalid content/);
  });
});
