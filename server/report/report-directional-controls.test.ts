// Security review (issue 14, finding 6): a right-to-left override kept in a
// guest's name reversed the guest's role and organisation on the published
// report. Whatever was stored before input was cleaned, or typed into the
// minutes, no output keeps a directional control, and the HTML isolates each
// user text that shares its line with others.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { renderReportDocx } from "./render-docx";
import { renderReportHtml } from "./render-html";
import { renderReportMarkdown } from "./render-markdown";
import { followUp, paragraph, reportInput, section, text } from "./report-input.test-support";

const RLO = "\u202e";
const ANY_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

const doc = {
  type: "doc",
  content: [
    section("a", "agenda", "دستور", [section("t1", "topic", `موضوع${RLO} نخست`, [paragraph(text(`گزارش\u2067 ABC ادامه`))])]),
    section("f", "followUps", "پیگیری‌ها", [followUp("f1", { responsibleBody: `بهزیستی${RLO}` }, `اقدام${RLO}`)]),
  ],
};

const input = (locale: "fa" | "en" = "fa") =>
  reportInput(doc, locale, {
    series: `سلسله${RLO} نشست‌ها`,
    meeting: {
      title: `نشست${RLO} آزمایشی`,
      startsAt: new Date("2019-11-16T14:30:00Z"),
      place: `قم${RLO}`,
      guests: [{ name: `Dr Guest${RLO}`, role: "معاون وزیر", organisation: "وزارت رفاه" }],
      attendees: [{ name: `استاد${RLO}`, affiliation: "حوزه" }],
    },
    version: { number: 1, lockedAt: new Date("2019-11-18T08:00:00Z"), lockedBy: `زهرا${RLO}`, sha256: "0".repeat(64), note: `یادداشت${RLO}` },
  });

describe("a report with directional controls in its texts", () => {
  it("isolates each of a guest's name, role and organisation, and an attendee's name and affiliation, in the HTML", () => {
    const html = renderReportHtml(input());
    expect(html).toContain('<span dir="ltr"><bdi>Dr Guest</bdi>، <bdi>معاون وزیر</bdi>، <bdi>وزارت رفاه</bdi></span>');
    expect(html).toContain('<span dir="rtl"><bdi>استاد</bdi> (<bdi>حوزه</bdi>)</span>');
    expect(html).not.toMatch(ANY_CONTROL);
    expect(renderReportHtml(input("en"))).not.toMatch(ANY_CONTROL);
  });

  it("keeps none in the Markdown", () => {
    const markdown = renderReportMarkdown(input());
    expect(markdown).toContain("Dr Guest، معاون وزیر، وزارت رفاه");
    expect(markdown).not.toMatch(ANY_CONTROL);
  });

  it("keeps none in the DOCX, where each of a guest's details is a run of its own", async () => {
    const zip = await JSZip.loadAsync(await renderReportDocx(input()));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).not.toMatch(ANY_CONTROL);
    const guestRuns = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]);
    expect(guestRuns).toEqual(expect.arrayContaining(["Dr Guest", "، ", "معاون وزیر", "وزارت رفاه"]));
  });
});
