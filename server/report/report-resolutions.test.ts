// The report's resolutions: their own part, numbered through the minutes and
// with the session's number where the meeting has one, each with its body, due
// day, status and votes, in the HTML, the Markdown and the DOCX alike.
import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { comparable, docxText, htmlText, markdownText } from "./recorded-texts.test-support";
import { renderReportDocx } from "./render-docx";
import { renderReportFragment } from "./render-html";
import { renderReportMarkdown } from "./render-markdown";
import { buildReportOutline } from "./report-model";
import { followUp, paragraph, reportInput, section, text } from "./report-input.test-support";

const resolution = (id: string, value: string, attrs: Record<string, unknown> = {}): JSONContent => ({
  type: "resolution",
  attrs: { id, responsibleBody: "", due: null, status: "routed", votesFor: null, votesAgainst: null, votesAbstain: null, ...attrs },
  content: [text(value)],
});

const minutes: JSONContent = {
  type: "doc",
  content: [
    section("s-res", "resolutions", "مصوبات", [
      paragraph(text("دو مصوبه به اتفاق آرا تصویب شد.")),
      resolution("r-1", "تشکیل کارگروه مشترک بیمهٔ طلاب", { responsibleBody: "معاونت بهداشت", due: "2020-01-20", votesFor: 7, votesAgainst: 1, votesAbstain: 0 }),
    ]),
    section("s-fu", "followUps", "پیگیری‌ها", [followUp("f-1", { responsibleBody: "دبیرخانه" }, "ارسال گزارش")]),
    // A resolution typed in another section is still the report's second.
    section("s-other", "other", "یادداشت", [resolution("r-2", "انتشار گزارش جلسه", { votesFor: 5 })]),
  ],
};

const session = { number: 10, letterNumber: "", letterDate: null };

describe("the report's resolutions", () => {
  it("numbers them through the minutes with the session's number, each with its particulars", () => {
    const outline = buildReportOutline(reportInput(minutes, "fa", { meeting: { ...reportInput(minutes).meeting, session } }));
    const part = outline.parts.find((candidate) => candidate.kind === "resolutions");
    expect(part?.kind === "resolutions" && part.items).toEqual([
      {
        id: "r-1",
        number: "مصوبهٔ ۱ از جلسهٔ ۱۰",
        paragraphs: [[{ text: "تشکیل کارگروه مشترک بیمهٔ طلاب" }]],
        responsibleBody: [{ text: "معاونت بهداشت" }],
        due: { jalali: "۳۰ دی ۱۳۹۸", gregorian: "۲۰ ژانویهٔ ۲۰۲۰" },
        status: "ارجاع‌شده",
        votes: "موافق ۷، مخالف ۱، ممتنع ۰",
      },
      {
        id: "r-2",
        number: "مصوبهٔ ۲ از جلسهٔ ۱۰",
        paragraphs: [[{ text: "انتشار گزارش جلسه" }]],
        responsibleBody: null,
        due: null,
        status: "ارجاع‌شده",
        votes: "موافق ۵، مخالف —، ممتنع —",
      },
    ]);
    // Its own part, in the minutes' order: before the follow-ups, the section's own words kept.
    expect(outline.parts.map((candidate) => candidate.kind)).toEqual(["resolutions", "followUps", "notes", "presentation", "qa", "proposals"]);
    expect(part?.notes).toEqual([[{ text: "دو مصوبه به اتفاق آرا تصویب شد." }]]);
  });

  it("says only the resolution's number in a meeting without a session number, and in English", () => {
    const fa = buildReportOutline(reportInput(minutes, "fa"));
    const en = buildReportOutline(reportInput(minutes, "en", { meeting: { ...reportInput(minutes).meeting, session } }));
    const numbers = (outline: typeof fa): string[] => outline.parts.flatMap((part) => (part.kind === "resolutions" ? part.items.map((item) => item.number) : []));
    expect(numbers(fa)).toEqual(["مصوبهٔ ۱", "مصوبهٔ ۲"]);
    expect(numbers(en)).toEqual(["Resolution 1 of session 10", "Resolution 2 of session 10"]);
  });

  it("shows the same resolutions in the HTML, the Markdown and the DOCX", async () => {
    const input = reportInput(minutes, "fa", { meeting: { ...reportInput(minutes).meeting, session } });
    const outputs = {
      html: htmlText(renderReportFragment(input).html),
      markdown: markdownText(renderReportMarkdown(input)),
      docx: await docxText(await renderReportDocx(input)),
    };
    for (const [name, rendered] of Object.entries(outputs)) {
      for (const said of ["مصوبات", "مصوبهٔ ۱ از جلسهٔ ۱۰", "تشکیل کارگروه مشترک بیمهٔ طلاب", "معاونت بهداشت", "۳۰ دی ۱۳۹۸", "موافق ۷، مخالف ۱، ممتنع ۰", "مصوبهٔ ۲ از جلسهٔ ۱۰", "انتشار گزارش جلسه"]) {
        expect(rendered.includes(comparable(said)), `${name} shows «${said}»`).toBe(true);
      }
    }
    // The tracker's link to a resolution lands on it.
    expect(renderReportFragment(input).html).toContain('id="block-r-1"');
  });

  it("has no resolutions part for minutes without a resolution or a resolutions section", () => {
    const older: JSONContent = { type: "doc", content: [section("s-fu", "followUps", "پیگیری‌ها", [followUp("f-1", {}, "ارسال گزارش")])] };
    expect(buildReportOutline(reportInput(older)).parts.some((part) => part.kind === "resolutions")).toBe(false);
  });
});
