import { getSchema } from "@tiptap/core";
import { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { sectionTitleAt } from "./current-section";
import { minutesExtensions } from "./extensions";
import { initialMinutes } from "./initial-minutes";

const schema = getSchema(minutesExtensions());
const doc = ProseMirrorNode.fromJSON(
  schema,
  initialMinutes({
    title: "جلسهٔ آزمایشی",
    when: "شنبه",
    place: "قم",
    guests: [],
    agenda: [{ id: "t1", title: "کودکان و نوجوانان" }],
    headings: { agenda: "گزارش مهمان", qa: "پرسش و پاسخ", proposals: "پیشنهادها", resolutions: "مصوبات", followUps: "پیگیری‌ها" },
  }),
);

function posIn(text: string): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found < 0 && node.isTextblock && node.textContent === text) found = pos + 1;
    return found < 0;
  });
  return found;
}

describe("sectionTitleAt", () => {
  it("names the innermost section: a topic inside the presentations", () => {
    expect(sectionTitleAt(doc, posIn("کودکان و نوجوانان"))).toBe("کودکان و نوجوانان");
    expect(sectionTitleAt(doc, posIn("گزارش مهمان"))).toBe("گزارش مهمان");
  });

  it("names the header and the Q&A section", () => {
    expect(sectionTitleAt(doc, posIn("قم"))).toBe("جلسهٔ آزمایشی");
    expect(sectionTitleAt(doc, posIn("پرسش و پاسخ"))).toBe("پرسش و پاسخ");
  });

  it("is null outside every section and safe at the document's ends", () => {
    expect(sectionTitleAt(doc, 0)).toBeNull();
    expect(sectionTitleAt(doc, doc.content.size + 10)).toBeNull();
  });
});
