// The report's attendance table and session line, in every output and both
// languages: each attendee's role in the session and status (the time one who
// left early left), the count present, "جلسهٔ دهم" / "Session 10" and the
// letter; and a version locked before these were kept reads as it did.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import { renderReportDocx } from "./render-docx";
import { renderReportFragment } from "./render-html";
import { renderReportMarkdown } from "./render-markdown";
import { reportInput, section } from "./report-input.test-support";
import type { ReportInput } from "./report-types";

const doc = { type: "doc", content: [section("t", "topic", "موضوع", [])] };

const MARKED: ReportInput["meeting"]["attendees"] = [
  { name: "دکتر رئیس", affiliation: "کمیسیون", attendance: "present", leftAt: null, sessionRole: "chair" },
  { name: "خانم دبیر", affiliation: "", attendance: "left_early", leftAt: "19:45", sessionRole: "secretary" },
  { name: "آقای غایب", affiliation: "دانشگاه", attendance: "excused", leftAt: null, sessionRole: "member" },
  { name: "Ms Guest", affiliation: "", attendance: null, leftAt: null, sessionRole: "invited" },
];

function input(locale: Locale, meeting: Partial<ReportInput["meeting"]> = {}): ReportInput {
  const base = reportInput(doc, locale);
  return {
    ...base,
    meeting: {
      ...base.meeting,
      attendees: MARKED,
      session: { number: 10, letterNumber: "۱۲۳/ک/۴۵", letterDate: "2019-11-18" },
      ...meeting,
    },
  };
}

/** The text of each cell of the HTML table, row by row. */
function htmlRows(html: string): string[][] {
  const table = /<table class="kr-table kr-attendance-table">[\s\S]*?<\/table>/.exec(html)?.[0] ?? "";
  return (table.match(/<tr>[\s\S]*?<\/tr>/g) ?? []).map((row) =>
    (row.match(/<t[hd][^>]*>[\s\S]*?<\/t[hd]>/g) ?? []).map((cell) => cell.replace(/<[^>]+>/g, "")),
  );
}

async function docxCells(locale: Locale, meeting: Partial<ReportInput["meeting"]> = {}): Promise<{ xml: string; tables: string[][] }> {
  const zip = await JSZip.loadAsync(await renderReportDocx(input(locale, meeting)));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const tables = (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((table) =>
    (table.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((cell) => [...cell.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((run) => run[1]).join("")),
  );
  return { xml, tables };
}

describe("the report's attendance and session number", () => {
  it("HTML (fa): the session in words, the letter, and a table of role and status with the time left", () => {
    const { html } = renderReportFragment(input("fa"));
    expect(html).toContain('<p class="kr-session">جلسهٔ دهم</p>');
    expect(html).toContain("<dt>شمارهٔ نامه</dt>");
    expect(html).toContain("۲۷ آبان ۱۳۹۸");
    expect(html).toContain('<h2 id="kr-attendance">حضور و غیاب</h2><p class="kr-summary">حاضر: ۲ نفر از ۴ نفر</p>');
    expect(htmlRows(html)).toEqual([
      ["ردیف", "نام", "نقش در جلسه", "وضعیت"],
      ["۱", "دکتر رئیس (کمیسیون)", "رئیس جلسه", "حاضر"],
      ["۲", "خانم دبیر", "دبیر جلسه", "خروج پیش از پایان، ساعت ۱۹:۴۵"],
      ["۳", "آقای غایب (دانشگاه)", "عضو", "غایب با عذر"],
      ["۴", "Ms Guest", "مدعو", "علامت نخورده"],
    ]);
    // Listed in the table, the attendees are not listed again among the header's facts.
    expect(html).not.toContain("<dt>حاضران</dt>");
    // The attendance comes before the minutes' parts.
    expect(html.indexOf("kr-attendance")).toBeLessThan(html.indexOf('class="kr-body"'));
  });

  it("HTML (en): Session 10 in digits, English words, a name and affiliation each isolated", () => {
    const { html } = renderReportFragment(input("en"));
    expect(html).toContain('<p class="kr-session">Session 10</p>');
    expect(html).toContain("Present: 2 of 4");
    expect(html).toContain("<td>Left early, at 19:45</td>");
    expect(html).toContain('<td dir="rtl"><bdi>دکتر رئیس</bdi> (<bdi>کمیسیون</bdi>)</td>');
    expect(htmlRows(html)[4]).toEqual(["4", "Ms Guest", "Invited", "Not marked"]);
  });

  it("Markdown (fa and en): the session line and a table of the same rows", () => {
    const fa = renderReportMarkdown(input("fa"));
    expect(fa).toContain("**جلسهٔ دهم**\n\n# نشست آزمایشی");
    expect(fa).toContain("## حضور و غیاب\n\nحاضر: ۲ نفر از ۴ نفر\n\n| ردیف | نام | نقش در جلسه | وضعیت |\n| --- | --- | --- | --- |");
    expect(fa).toContain("| ۲ | خانم دبیر | دبیر جلسه | خروج پیش از پایان، ساعت ۱۹:۴۵ |");
    expect(fa).toContain("- **شمارهٔ نامه:** ۱۲۳/ک/۴۵");
    const en = renderReportMarkdown(input("en"));
    expect(en).toContain("**Session 10**");
    expect(en).toContain("| 3 | آقای غایب (دانشگاه) | Member | Excused |");
  });

  it("DOCX (fa and en): the session line, and attendance as a real table of four columns", async () => {
    const fa = await docxCells("fa");
    expect(fa.xml).toContain(">جلسهٔ دهم<");
    const [table] = fa.tables;
    expect(table?.slice(0, 4)).toEqual(["ردیف", "نام", "نقش در جلسه", "وضعیت"]);
    expect(table?.slice(4, 8)).toEqual(["۱", "\u2068دکتر رئیس\u2069 (\u2068کمیسیون\u2069)", "رئیس جلسه", "حاضر"]);
    expect(table?.slice(8, 12)).toEqual(["۲", "خانم دبیر", "دبیر جلسه", "خروج پیش از پایان، ساعت ۱۹:۴۵"]);
    const en = await docxCells("en");
    expect(en.xml).toContain(">Session 10<");
    expect(en.tables[0]?.slice(12, 16)).toEqual(["3", "\u2068آقای غایب\u2069 (\u2068دانشگاه\u2069)", "Member", "Excused"]);
  });

  it("reads a version locked before attendance and session numbers were kept as before", async () => {
    const old = { attendees: [{ name: "دکتر حاضر", affiliation: "دانشگاه" }], session: undefined };
    const { html } = renderReportFragment(input("fa", old));
    expect(html).not.toContain("kr-attendance");
    expect(html).not.toContain("kr-session");
    expect(html).toContain("<dt>حاضران</dt>");
    expect(renderReportMarkdown(input("en", old))).not.toContain("Attendance");
    const docx = await docxCells("fa", old);
    expect(docx.tables).toEqual([]);
    expect(docx.xml).not.toContain("جلسهٔ");
  });

  it("shows no table while nobody is marked, and no session line without a number", () => {
    const unmarked = MARKED.map((attendee) => ({ ...attendee, attendance: null, leftAt: null, sessionRole: null }));
    const { html } = renderReportFragment(input("fa", { attendees: unmarked, session: { number: null, letterNumber: "", letterDate: null } }));
    expect(html).not.toContain("kr-attendance");
    expect(html).not.toContain("kr-session");
    expect(html).not.toContain("شمارهٔ نامه");
    expect(html).toContain("<dt>حاضران</dt>");
  });
});
