// The report of the seeded sample meeting, in every output: what a reader of
// the published link, the HTML export, the Markdown and the DOCX must find.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { SAMPLE_MEETING } from "../demo/seed";
import { xmlProblems } from "./docx-xml.test-support";
import { sampleReportInput } from "./sample-input.test-support";
import { renderReportDocx } from "./render-docx";
import { renderReportHtml } from "./render-html";
import { renderReportMarkdown } from "./render-markdown";

const sampleInput = sampleReportInput();

const indexesOf = (text: string, parts: readonly string[]): number[] => parts.map((part) => text.indexOf(part));

const increasing = (positions: number[]): boolean => positions.every((position, index) => position >= 0 && (index === 0 || position > (positions[index - 1] ?? 0)));

describe("the HTML report of the sample meeting", () => {
  it("is a right-to-left Persian document that says noindex and carries a print stylesheet", async () => {
    const html = renderReportHtml(await sampleInput("fa"));
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<html lang="fa" dir="rtl">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain("size: A4");
    expect(html).toContain('content: counter(page, persian) " / " counter(pages, persian)');
    expect(html).toContain("font-family: Vazirmatn, Tahoma, sans-serif");
    expect(html).not.toMatch(/<script|<link|<img|src=|@import|url\(/i);
    expect(renderReportHtml(await sampleInput("fa"), { indexable: true })).not.toContain("noindex");
  });

  it("has the title, the series and the date in both calendars in its header", async () => {
    const html = renderReportHtml(await sampleInput("fa"));
    expect(html).toContain(`<title>${SAMPLE_MEETING.title}</title>`);
    expect(html).toContain(`<h1 dir="auto">${SAMPLE_MEETING.title}</h1>`);
    expect(html).toContain(SAMPLE_MEETING.series);
    expect(html).toContain("شنبه ۲۵ آبان ۱۳۹۸، ساعت ۱۸:۰۰");
    expect(html).toContain("۱۶ نوامبر ۲۰۱۹");
    // The guest's name, role and organisation each isolated, so none can reorder the others.
    expect(html).toContain('<span dir="rtl"><bdi>دکتر حبیب‌الله مسعودی فرید</bdi>، <bdi>معاون امور فرهنگی و اجتماعی</bdi>، <bdi>سازمان بهزیستی کشور</bdi></span>');
    for (const attendee of SAMPLE_MEETING.attendees) expect(html).toContain(attendee.name);
    // The running header that print repeats on every page.
    expect(html).toMatch(/<thead><tr><td><div class="kr-running" dir="rtl"><bdi>جلسات گفت‌وگوی ماهانهٔ دفتر کمیسیون در قم<\/bdi> · <bdi>گفت‌وگوی/);
  });

  it("presents each of the five agenda topics in order, then both Q&A pairs", async () => {
    const html = renderReportHtml(await sampleInput("fa"));
    const topics = SAMPLE_MEETING.agenda.map((topic, index) => `<span class="kr-number">${"۱۲۳۴۵"[index]}.</span> ${topic}</h3>`);
    expect(increasing(indexesOf(html, topics))).toBe(true);
    expect(html).toContain("[دکتر حبیب‌الله مسعودی فرید]");
    const qa = [
      "حوزهٔ علمیه چگونه می‌تواند در شناسایی زودهنگام کودکان در معرض آسیب به اورژانس اجتماعی کمک کند؟",
      "مهمان جلسه بر ظرفیت مساجد و مبلغان برای اطلاع‌رسانی شمارهٔ ۱۲۳",
      "سهم خیرین در حمایت از زنان سرپرست خانوار در سال گذشته چه بوده است؟",
      "پاسخ به بعد موکول شد.",
    ];
    expect(increasing(indexesOf(html, [topics[4] ?? "", ...qa]))).toBe(true);
    expect(html).toContain("حجت‌الاسلام محمدحسین صادقی");
  });

  it("groups the proposals under the ten categories, in the series' order", async () => {
    const input = await sampleInput("fa");
    const html = renderReportHtml(input);
    expect(input.categories.map((category) => category.name)).toEqual([...SAMPLE_MEETING.categories]);
    const headings = SAMPLE_MEETING.categories.map((name) => `<h3 dir="auto">${name}</h3>`);
    expect(increasing(indexesOf(html, headings))).toBe(true);
    const proposals = input.reading.proposals.map((proposal) => proposal.text);
    expect(proposals).toHaveLength(10);
    // Each proposal right under its category's heading.
    const interleaved = headings.flatMap((heading, index) => [heading, proposals[index] ?? "-"]);
    expect(increasing(indexesOf(html, interleaved))).toBe(true);
  });

  it("has a follow-up table of two rows with due dates in both calendars and the status in words", async () => {
    const html = renderReportHtml(await sampleInput("fa"));
    const table = /<table class="kr-table">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? "";
    expect(table).toContain('<th scope="col">نهاد مسئول</th>');
    const rows = table.split("<tbody>")[1]?.match(/<tr[ >]/g) ?? [];
    expect(rows).toHaveLength(2);
    expect(table).toContain("دبیرخانهٔ دفتر کمیسیون در قم");
    expect(table).toContain('<span class="kr-day">۲۵ آذر ۱۳۹۸</span><span class="kr-secondary kr-day">۱۶ دسامبر ۲۰۱۹</span>');
    expect(table).toContain('<span class="kr-day">۳۰ دی ۱۳۹۸</span><span class="kr-secondary kr-day">۲۰ ژانویهٔ ۲۰۲۰</span>');
    expect(table.match(/<td>ارجاع‌شده<\/td>/g)).toHaveLength(2);
  });

  it("ends with the version, the lock date in both calendars and the hash", async () => {
    const input = await sampleInput("fa");
    const html = renderReportHtml(input);
    const footer = /<footer class="kr-footer">([\s\S]*?)<\/footer>/.exec(html)?.[1] ?? "";
    expect(footer).toContain("نسخهٔ ۲");
    expect(footer).toContain("دوشنبه ۲۷ آبان ۱۳۹۸، ساعت ۱۱:۳۰");
    expect(footer).toContain("۱۸ نوامبر ۲۰۱۹");
    expect(footer).toContain("زهرا احمدی");
    expect(footer).toContain(`<code class="kr-hash" dir="ltr">${input.version.sha256}</code>`);
    expect(footer).toContain("اصلاح پاسخ پرسش دوم");
  });

  it("in English has English labels and dates, while the Persian content keeps its own direction", async () => {
    const html = renderReportHtml(await sampleInput("en"));
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain("Questions and answers");
    expect(html).toContain("<th scope=\"col\">Responsible body</th>");
    expect(html).toContain("Saturday 25 Aban 1398, at 18:00");
    expect(html).toContain("16 November 2019");
    expect(html).toContain("Version 2");
    expect(html).toContain('content: counter(page) " / " counter(pages)');
    expect(html).toContain(`<h1 dir="auto">${SAMPLE_MEETING.title}</h1>`);
    expect(html).toContain(`<h3 dir="auto">${SAMPLE_MEETING.categories[0] ?? ""}</h3>`);
    expect(html).toContain('<td dir="auto">دبیرخانهٔ دفتر کمیسیون در قم</td>');
    expect(html).not.toContain("پرسش و پاسخ</h2>");
  });
});

describe("the Markdown report of the sample meeting", () => {
  it("has the header, the parts in order, the follow-up table and the hash", async () => {
    const input = await sampleInput("fa");
    const markdown = renderReportMarkdown(input);
    expect(markdown).toContain(`# ${SAMPLE_MEETING.title}`);
    expect(markdown).toContain("شنبه ۲۵ آبان ۱۳۹۸، ساعت ۱۸:۰۰");
    const topics = SAMPLE_MEETING.agenda.map((topic, index) => `### ${"۱۲۳۴۵"[index]}. ${topic}`);
    expect(increasing(indexesOf(markdown, ["## گزارش مهمان", ...topics, "## پرسش و پاسخ", "## پیشنهادها", ...SAMPLE_MEETING.categories.map((name) => `### ${name}`), "## پیگیری‌ها"]))).toBe(true);
    expect(markdown).toContain("| ردیف | اقدام | نهاد مسئول | مهلت | وضعیت |");
    expect(markdown).toContain("| ۱ | ارسال گزارش مفصل جلسه به سازمان بهزیستی برای پیگیری پیشنهادها | دبیرخانهٔ دفتر کمیسیون در قم | ۲۵ آذر ۱۳۹۸ (۱۶ دسامبر ۲۰۱۹) | ارجاع‌شده |");
    expect(markdown).toContain(`\`${input.version.sha256}\``);
    // The speaker stamp's brackets stay text, not a link.
    expect(markdown).toContain("\\[دکتر حبیب‌الله مسعودی فرید\\]");
  });
});

describe("the DOCX report of the sample meeting", () => {
  it("opens as a valid document: right-to-left paragraphs and runs, Vazirmatn, a real follow-up table", async () => {
    const input = await sampleInput("fa");
    const zip = await JSZip.loadAsync(await renderReportDocx(input));
    const documentXml = await zip.file("word/document.xml")?.async("string");
    if (!documentXml) throw new Error("no word/document.xml in the DOCX");
    for (const name of Object.keys(zip.files).filter((file) => file.endsWith(".xml") || file.endsWith(".rels"))) {
      expect(xmlProblems(await zip.file(name)?.async("string") ?? ""), name).toEqual([]);
    }
    const paragraphs = documentXml.match(/<w:p>|<w:p [^>]*>/g) ?? [];
    const bidi = documentXml.match(/<w:bidi\/>/g) ?? [];
    expect(paragraphs.length).toBeGreaterThan(40);
    // Every paragraph of a Persian report is right-to-left.
    expect(bidi.length).toBe(paragraphs.length);
    expect(documentXml).toContain("<w:rtl/>");
    expect(documentXml).toContain('w:cs="Vazirmatn"');
    expect(documentXml).toContain("<w:bidiVisual/>");
    const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(documentXml)?.[0] ?? "";
    expect(table.match(/<w:tr>|<w:tr /g)).toHaveLength(3);
    expect(table).toContain("<w:tblHeader/>");
    expect(table).toContain("معاونت امور فرهنگی و اجتماعی سازمان بهزیستی کشور");
    expect(table).toContain("۳۰ دی ۱۳۹۸");
    expect(documentXml).toContain(SAMPLE_MEETING.title);
    for (const topic of SAMPLE_MEETING.agenda) expect(documentXml).toContain(topic);
    // "Social Emergency" inside a Persian sentence is a left-to-right run of its own.
    expect(documentXml).toMatch(/<w:r>(?:(?!<\/w:r>)[\s\S])*<w:t xml:space="preserve">Social Emergency<\/w:t>/);
    const footers = await Promise.all(Object.keys(zip.files).filter((name) => /^word\/footer\d*\.xml$/.test(name)).map((name) => zip.file(name)?.async("string")));
    const footer = footers.join("");
    expect(footer).toContain(input.version.sha256);
    expect(footer).toContain("نسخهٔ ۲");
    expect(footer).toContain("۲۷ آبان ۱۳۹۸");
    expect(footer).toContain("PAGE");
  });
});
