import { describe, expect, it } from "vitest";
import { buildReportOutline, type ReportPart } from "./report-model";
import { followUp, paragraph, proposal, qaItem, reportInput, section, text } from "./report-input.test-support";
import { plain } from "./report-text";

const minutes = {
  type: "doc",
  content: [
    section("h", "header", "عنوان در صورت‌جلسه", [paragraph(text("این سطر تکرار مشخصات جلسه است"))]),
    section("carry", "carryOver", "پیگیری‌های جلسهٔ قبل", [paragraph(text("مصوبهٔ پیشین انجام شد."))]),
    section("a", "agenda", "دستور جلسه", [
      paragraph(text("مقدمهٔ گزارش")),
      section("t1", "topic", "موضوع نخست", [paragraph(text("سطر یک")), paragraph(text("سطر دو"))]),
      section("t2", "topic", "موضوع دوم", []),
    ]),
    section("p", "proposals", "پیشنهادها", [
      proposal("p1", null, "بی‌دسته"),
      proposal("p2", "c2", "پژوهشی"),
      proposal("p3", "removed-category", "دستهٔ حذف‌شده"),
      proposal("p4", "c1", "ساختاری"),
    ]),
    section("f", "followUps", "پیگیری‌ها", [
      followUp("f1", { responsibleBody: "دبیرخانه", due: "2020-03-19", status: "in-progress" }, "اقدام یک"),
      followUp("f2", { responsibleBody: "معاونت", due: "not a day", status: "waiting" }, "اقدام دو"),
    ]),
  ],
};

const kinds = (parts: ReportPart[]): string[] => parts.map((part) => part.kind);

describe("the outline of a report", () => {
  it("puts its parts in the order of the minutes, other sections under their own title, and missing parts last", () => {
    const outline = buildReportOutline(reportInput(minutes));
    expect(kinds(outline.parts)).toEqual(["notes", "presentation", "proposals", "followUps", "qa"]);
    const carry = outline.parts[0];
    expect(carry?.kind === "notes" && plain(carry.heading)).toBe("پیگیری‌های جلسهٔ قبل");
    // The header section repeats the meeting's details: the report's header comes from the meeting.
    expect(JSON.stringify(outline)).not.toContain("این سطر تکرار مشخصات جلسه است");
  });

  it("numbers the agenda topics in the report's digits, each with its paragraphs", () => {
    const presentation = buildReportOutline(reportInput(minutes)).parts.find((part) => part.kind === "presentation");
    if (presentation?.kind !== "presentation") throw new Error("no presentation part");
    expect(presentation.notes.map(plain)).toEqual(["مقدمهٔ گزارش"]);
    expect(presentation.topics.map((topic) => [topic.number, plain(topic.title), topic.paragraphs.map(plain)])).toEqual([
      ["۱", "موضوع نخست", ["سطر یک", "سطر دو"]],
      ["۲", "موضوع دوم", []],
    ]);
  });

  it("groups proposals by the series' categories in order, the uncategorised and unknown ones last, numbered throughout", () => {
    const proposals = buildReportOutline(reportInput(minutes)).parts.find((part) => part.kind === "proposals");
    if (proposals?.kind !== "proposals") throw new Error("no proposals part");
    expect(proposals.groups.map((group) => [group.categoryId, plain(group.name), group.proposals.map((item) => `${item.number} ${plain(item.paragraphs[0] ?? [])}`)])).toEqual([
      ["c1", "ساختارها", ["۱ ساختاری"]],
      ["c2", "پژوهش‌های مورد نیاز", ["۲ پژوهشی"]],
      [null, "بدون دسته", ["۳ بی‌دسته", "۴ دستهٔ حذف‌شده"]],
    ]);
  });

  it("shows a follow-up's due day in both calendars and its status in words", () => {
    const followUps = buildReportOutline(reportInput(minutes)).parts.find((part) => part.kind === "followUps");
    if (followUps?.kind !== "followUps") throw new Error("no follow-ups part");
    expect(followUps.rows.map((row) => [row.number, plain(row.responsibleBody), row.due, row.status])).toEqual([
      // 29 Esfand 1398 = 19 March 2020 (1398 is not a leap year).
      ["۱", "دبیرخانه", { jalali: "۲۹ اسفند ۱۳۹۸", gregorian: "۱۹ مارس ۲۰۲۰" }, "در حال انجام"],
      ["۲", "معاونت", null, "waiting"],
    ]);
    expect(followUps.noDue).toBe("بدون مهلت");
  });

  it("has a header with the meeting's date in both calendars, and a footer with the version, lock date and hash", () => {
    const outline = buildReportOutline(
      reportInput(minutes, "fa", {
        version: { number: 12, lockedAt: new Date("2024-03-19T20:31:00Z"), lockedBy: "زهرا احمدی", sha256: "ab".repeat(32), note: "سطر یک\nسطر دو" },
      }),
    );
    expect(outline.dir).toBe("rtl");
    expect(outline.header.facts.map((fact) => [fact.label, fact.lines.map(plain)])).toEqual([
      ["تاریخ و ساعت", ["شنبه ۲۵ آبان ۱۳۹۸، ساعت ۱۸:۰۰", "۱۶ نوامبر ۲۰۱۹"]],
      ["مکان", ["قم"]],
      ["مهمانان", ["دکتر مهمان، معاون، سازمان"]],
      ["حاضران", ["دکتر حاضر (دانشگاه)"]],
    ]);
    expect(outline.footer.version).toBe("نسخهٔ ۱۲");
    // 00:01 on 1 Farvardin 1403 in Tehran: the lock date is the Tehran day, not the UTC one.
    expect(outline.footer.facts.map((fact) => [fact.label, fact.lines.map(plain)])).toEqual([
      ["تاریخ قفل", ["چهارشنبه ۱ فروردین ۱۴۰۳، ساعت ۰۰:۰۱", "۲۰ مارس ۲۰۲۴"]],
      ["قفل‌کننده", ["زهرا احمدی"]],
      ["یادداشت نسخه", ["سطر یک", "سطر دو"]],
    ]);
    expect(outline.footer.hash.value).toBe("ab".repeat(32));
    expect(outline.runningHeader).toBe("جلسات گفت‌وگوی ماهانه · نشست آزمایشی");
  });

  it("in English has English labels and dates, the content as it was written", () => {
    const doc = { type: "doc", content: [section("q", "qa", "Q&A", [qaItem("q1", { askedBy: "دکتر نوری", deferred: true }, "پرسش؟", "")])] };
    const outline = buildReportOutline(reportInput(doc, "en"));
    expect(outline.dir).toBe("ltr");
    expect(outline.header.facts[0]?.lines.map(plain)).toEqual(["Saturday 25 Aban 1398, at 18:00", "16 November 2019"]);
    const qa = outline.parts[0];
    if (qa?.kind !== "qa") throw new Error("no Q&A part");
    expect(qa.heading).toBe("Questions and answers");
    expect(qa.items).toEqual([
      { id: "q1", number: "1", question: [[{ text: "پرسش؟" }]], askedBy: [{ text: "دکتر نوری" }], answer: [], answeredBy: null, deferred: "The answer was deferred." },
    ]);
    expect(kinds(outline.parts)).toEqual(["qa", "presentation", "proposals", "followUps"]);
    expect(outline.footer.version).toBe("Version 1");
  });

  it("shortens a long title in the running header at a word", () => {
    const title = "واژه ".repeat(40).trim();
    const outline = buildReportOutline(reportInput({ type: "doc", content: [] }, "fa", { series: null, meeting: { ...reportInput({ type: "doc" }).meeting, title } }));
    expect(outline.runningHeader.endsWith("واژه…")).toBe(true);
    expect(outline.runningHeader.length).toBeLessThanOrEqual(111);
  });
});
