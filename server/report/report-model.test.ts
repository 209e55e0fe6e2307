import { describe, expect, it } from "vitest";
import { headerLines } from "@/lib/editor/template-text";
import { buildReportOutline } from "./report-model";
import type { ReportPart } from "./report-types";
import { followUp, paragraph, proposal, qaItem, reportInput, section, text } from "./report-input.test-support";
import { plain } from "./report-text";

const meetingLines = headerLines(reportInput({ type: "doc" }).meeting, "fa");

const minutes = {
  type: "doc",
  content: [
    section("h", "header", "نشست آزمایشی", [meetingLines.when, meetingLines.place, ...meetingLines.guests].map((line) => paragraph(text(line)))),
    section("carry", "carryOver", "پیگیری‌های جلسه‌های پیشین", [
      followUp("item-1", { responsibleBody: "دبیرخانه", due: "2019-12-16", status: "in-progress" }, "اقدام پیشین یک"),
      followUp("not-tracked", { status: "done" }, "اقدام بی‌مبدأ"),
      paragraph(text("مصوبهٔ پیشین انجام شد.")),
    ]),
    section("a", "agenda", "گزارش مهمان به تفکیک دستور جلسه", [
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
    const doc = { ...minutes, content: [...minutes.content, section("o", "other", "پیوست", [paragraph(text("متن پیوست"))])] };
    const outline = buildReportOutline(reportInput(doc));
    expect(kinds(outline.parts)).toEqual(["carryOver", "presentation", "proposals", "followUps", "notes", "qa"]);
    const other = outline.parts[4];
    expect(other?.kind === "notes" && [plain(other.heading), other.notes.map(plain)]).toEqual(["پیوست", ["متن پیوست"]]);
    // The header section says what the report's header says, from the meeting: not repeated, and no "Other notes".
    expect(JSON.stringify(outline.parts)).not.toContain(meetingLines.place);
  });

  it("files carried follow-ups under their own heading, each with its origin meeting and status, apart from this meeting's", () => {
    const outline = buildReportOutline(
      reportInput(minutes, "fa", { carriedFrom: [{ itemId: "item-1", meeting: { title: "نشست مهرماه", startsAt: new Date("2019-10-16T14:30:00Z") } }] }),
    );
    const carried = outline.parts.find((part) => part.kind === "carryOver");
    if (carried?.kind !== "carryOver") throw new Error("no carry-over part");
    expect(carried.heading).toBe("پیگیری‌های جلسه‌های پیشین");
    expect(carried.originColumn).toBe("جلسهٔ مبدأ");
    expect(carried.notes.map(plain)).toEqual(["مصوبهٔ پیشین انجام شد."]);
    expect(carried.rows.map((row) => [row.number, row.item.map(plain), row.origin && [plain(row.origin.meeting), row.origin.day], plain(row.responsibleBody), row.status])).toEqual([
      ["۱", ["اقدام پیشین یک"], ["نشست مهرماه", "۲۴ مهر ۱۳۹۸"], "دبیرخانه", "در دست اقدام"],
      ["۲", ["اقدام بی‌مبدأ"], null, "", "پاسخ‌داده‌شده"],
    ]);
    expect(carried.unknownOrigin).toBe("ثبت نشده");
    const own = outline.parts.find((part) => part.kind === "followUps");
    expect(own?.kind === "followUps" && own.rows.map((row) => row.item.map(plain))).toEqual([["اقدام یک"], ["اقدام دو"]]);
  });

  it("has no carry-over part without a carry-over section; a follow-up with a carried id elsewhere is this meeting's", () => {
    const doc = { type: "doc", content: [section("f", "followUps", "پیگیری‌ها", [followUp("item-1", {}, "اقدام")])] };
    const outline = buildReportOutline(reportInput(doc, "fa", { carriedFrom: [{ itemId: "item-1", meeting: { title: "نشست مهرماه", startsAt: new Date() } }] }));
    expect(kinds(outline.parts)).toEqual(["followUps", "presentation", "qa", "proposals"]);
  });

  it("shows what the header section says beyond the meeting's details, and text outside every section, under Other notes", () => {
    const doc = {
      type: "doc",
      content: [
        paragraph(text("سطری بیرون از همهٔ بخش‌ها")),
        section("h", "header", "عنوانی جز عنوان جلسه", [paragraph(text(meetingLines.when)), paragraph(text("جلسه با ده دقیقه تأخیر آغاز شد."))]),
        section("q", "qa", "پرسش و پاسخ", []),
        { type: "callout", content: [paragraph(text("نوعی ناشناخته"))] },
      ],
    };
    for (const locale of ["fa", "en"] as const) {
      const parts = buildReportOutline(reportInput(doc, locale)).parts;
      const other = parts.at(-1);
      if (other?.kind !== "otherNotes") throw new Error("no Other notes");
      expect(other.heading).toBe(locale === "fa" ? "یادداشت‌های دیگر" : "Other notes");
      expect(other.notes.map(plain)).toEqual(["عنوانی جز عنوان جلسه", "جلسه با ده دقیقه تأخیر آغاز شد.", "سطری بیرون از همهٔ بخش‌ها", "نوعی ناشناخته"]);
    }
  });

  it("keeps text typed into a section's heading: a title that is not the template's is a note of its part", () => {
    const doc = {
      type: "doc",
      content: [
        section("q", "qa", "پرسش و پاسخ سطری که در عنوان افتاد", []),
        section("p", "proposals", "پیشنهادها", [proposal("p1", null, "پیشنهاد")]),
        section("x", "other", "", [paragraph(text("بخشی بی‌عنوان"))]),
      ],
    };
    const parts = buildReportOutline(reportInput(doc)).parts;
    expect(parts.map((part) => [part.kind, "notes" in part ? part.notes.map(plain) : []])).toEqual([
      ["qa", ["پرسش و پاسخ سطری که در عنوان افتاد"]],
      ["proposals", []],
      ["notes", ["بخشی بی‌عنوان"]],
      ["presentation", []],
      ["followUps", []],
    ]);
    const untitled = parts[2];
    expect(untitled?.kind === "notes" && plain(untitled.heading)).toBe("یادداشت‌های دیگر");
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
      ["۱", "دبیرخانه", { jalali: "۲۹ اسفند ۱۳۹۸", gregorian: "۱۹ مارس ۲۰۲۰" }, "در دست اقدام"],
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
    expect(outline.runningHeader).toEqual([{ text: "جلسات گفت‌وگوی ماهانه" }, { text: " · ", own: true }, { text: "نشست آزمایشی" }]);
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
    expect(plain(outline.runningHeader).endsWith("واژه…")).toBe(true);
    expect(plain(outline.runningHeader).length).toBeLessThanOrEqual(111);
  });
});
