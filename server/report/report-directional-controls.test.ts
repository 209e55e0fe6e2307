// Security review (issue 14, finding 6): a right-to-left override kept in a
// guest's name reversed the guest's role and organisation on the published
// report. Whatever was stored before input was cleaned, or typed into the
// minutes, no output keeps a directional control of the user's, and the HTML
// (<bdi>) and the DOCX (U+2068 … U+2069) isolate each user text that shares
// its line with others.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { headerLines } from "@/lib/editor/template-text";
import { renderReportDocx } from "./render-docx";
import { renderReportHtml } from "./render-html";
import { renderReportMarkdown } from "./render-markdown";
import { buildReportOutline } from "./report-model";
import { followUp, paragraph, reportInput, section, text } from "./report-input.test-support";

const RLO = "\u202e";
const FSI = "\u2068";
const PDI = "\u2069";
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

async function part(zip: JSZip, name: string): Promise<string> {
  return (await zip.file(name)?.async("string")) ?? "";
}

/** Each paragraph of a DOCX part as the texts of its runs. */
function paragraphRuns(xml: string): string[][] {
  return (xml.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? []).map((paragraph) =>
    [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((run) => run[1] ?? ""),
  );
}

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

  it("keeps none of its own in the DOCX, and isolates each user text that shares its line (U+2068 … U+2069)", async () => {
    const zip = await JSZip.loadAsync(await renderReportDocx(input()));
    const xml = await part(zip, "word/document.xml");
    const runs = paragraphRuns(xml);
    // Kateb's isolates only, each a run of its own: nothing of the user's.
    expect(xml.replace(/<w:t xml:space="preserve">[\u2068\u2069]<\/w:t>/g, "")).not.toMatch(ANY_CONTROL);
    expect(runs.find((line) => line.includes("Dr Guest"))).toEqual(["مهمانان: ", FSI, "Dr Guest", PDI, "، ", FSI, "معاون وزیر", PDI, "، ", FSI, "وزارت رفاه", PDI]);
    expect(runs.find((line) => line.includes("استاد"))).toEqual(["حاضران: ", FSI, "استاد", PDI, " (", FSI, "حوزه", PDI, ")"]);
    expect(runs.find((line) => line.includes("موضوع نخست"))).toEqual(["۱. ", FSI, "موضوع نخست", PDI]);
    expect(runs.find((line) => line.includes("زهرا"))).toEqual(["قفل‌کننده: ", FSI, "زهرا", PDI]);
    // Alone in its paragraph, a text is isolated by the paragraph.
    expect(runs).toContainEqual(["نشست آزمایشی"]);
    expect(runs).toContainEqual(["بهزیستی"]);
    // The running header: the series and the title, each isolated.
    const header = paragraphRuns(await part(zip, "word/header1.xml"));
    expect(header).toEqual([[FSI, "سلسله نشست‌ها", PDI, " · ", FSI, "نشست آزمایشی", PDI]]);
  });

  it("writes no control into the minutes' template lines, and knows its lines written before as its own", () => {
    const { meeting } = input();
    const written = headerLines(meeting, "fa");
    expect(written.guests).toEqual(["مهمان: Dr Guest، معاون وزیر، وزارت رفاه"]);
    expect(written.place).toBe("مکان: قم");
    // Minutes whose header the template wrote before, control and all, and now: neither is repeated as a note.
    const before = `مهمان: Dr Guest${RLO}، معاون وزیر، وزارت رفاه`;
    const minutes = { type: "doc", content: [section("h", "header", meeting.title, [paragraph(text(before)), paragraph(text(written.guests[0] ?? ""))])] };
    const outline = buildReportOutline(reportInput(minutes, "fa", { series: null, meeting }));
    expect(JSON.stringify(outline.parts)).not.toContain("Dr Guest");
  });
});
