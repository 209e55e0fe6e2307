import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { renderReportDocx } from "./render-docx";
import { followUp, paragraph, reportInput, section, text } from "./report-input.test-support";

const doc = {
  type: "doc",
  content: [section("t", "topic", "کودکان و نوجوانان", [paragraph(text("کارکرد اورژانس اجتماعی (Social Emergency، شمارهٔ ۱۲۳)")), paragraph(text("An English line."))])],
};

async function documentXml(locale: "fa" | "en"): Promise<string> {
  const zip = await JSZip.loadAsync(await renderReportDocx(reportInput(doc, locale)));
  return (await zip.file("word/document.xml")?.async("string")) ?? "";
}

/** Each paragraph: whether it is right-to-left, and its text. */
async function paragraphs(locale: "fa" | "en"): Promise<Array<{ rtl: boolean; text: string }>> {
  return ((await documentXml(locale)).match(/<w:p>[\s\S]*?<\/w:p>/g) ?? []).map((xml) => ({
    rtl: xml.includes("<w:bidi/>"),
    text: [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((run) => run[1]).join(""),
  }));
}

describe("the DOCX report", () => {
  it("sets Persian runs right-to-left and an English phrase inside them left-to-right", async () => {
    const xml = await documentXml("fa");
    const line = /<w:p>(?:(?!<\/w:p>)[\s\S])*Social Emergency(?:(?!<\/w:p>)[\s\S])*<\/w:p>/.exec(xml)?.[0] ?? "";
    const runs = [...line.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((run) => ({
      rtl: (run[1] ?? "").includes("<w:rtl/>"),
      text: /<w:t[^>]*>([^<]*)<\/w:t>/.exec(run[1] ?? "")?.[1],
    }));
    expect(runs).toEqual([
      { rtl: true, text: "کارکرد اورژانس اجتماعی (" },
      { rtl: false, text: "Social Emergency" },
      { rtl: true, text: "، شمارهٔ ۱۲۳)" },
    ]);
  });

  it("in Persian lays every paragraph right-to-left; in English, only the Persian ones", async () => {
    const fa = await paragraphs("fa");
    expect(fa.every((paragraph) => paragraph.rtl)).toBe(true);
    const en = await paragraphs("en");
    expect(en.find((paragraph) => paragraph.text.startsWith("The guest"))?.rtl).toBe(false);
    expect(en.find((paragraph) => paragraph.text === "An English line.")?.rtl).toBe(false);
    // A topic's title after its number, and a fact after its label, are isolated (U+2068 … U+2069).
    expect(en.find((paragraph) => paragraph.text === "1. \u2068کودکان و نوجوانان\u2069")?.rtl).toBe(true);
    expect(en.find((paragraph) => paragraph.text.startsWith("Place: "))?.text).toBe("Place: \u2068قم\u2069");
  });

  it("names Vazirmatn for every script in the styles, and A4 pages", async () => {
    const zip = await JSZip.loadAsync(await renderReportDocx(reportInput(doc)));
    const styles = (await zip.file("word/styles.xml")?.async("string")) ?? "";
    expect(styles).toContain('<w:rFonts w:ascii="Vazirmatn" w:cs="Vazirmatn" w:eastAsia="Vazirmatn" w:hAnsi="Vazirmatn"/>');
    expect(await documentXml("fa")).toContain('<w:pgSz w:w="11906" w:h="16838"');
  });

  it("lays the carried follow-ups out as a table of six columns, the origin meeting third", async () => {
    const minutes = { type: "doc", content: [section("c", "carryOver", "پیگیری‌های جلسه‌های پیشین", [followUp("item-1", {}, "اقدام پیشین")])] };
    const carriedFrom = [{ itemId: "item-1", meeting: { title: "نشست مهرماه", startsAt: new Date("2019-10-16T14:30:00Z") } }];
    const zip = await JSZip.loadAsync(await renderReportDocx(reportInput(minutes, "fa", { carriedFrom })));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)?.[0] ?? "";
    expect(table.match(/<w:gridCol /g)).toHaveLength(6);
    const cells = (table.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((cell) => [...cell.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((run) => run[1]).join(" "));
    expect(cells.slice(6)).toEqual(["۱", "اقدام پیشین", "نشست مهرماه ۲۴ مهر ۱۳۹۸", "", "بدون مهلت", "ارجاع‌شده"]);
  });
});
