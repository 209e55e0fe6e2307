import { describe, expect, it } from "vitest";
import { escapeMarkdown, renderReportMarkdown } from "./render-markdown";
import { followUp, paragraph, reportInput, section, text } from "./report-input.test-support";

describe("the Markdown report", () => {
  it("escapes what Markdown or HTML would read as markup, and leaves Persian text alone", () => {
    expect(escapeMarkdown("**پررنگ** _مورب_ `کد` [پیوند](x) ![تصویر](y) | ~خط~ $x$")).toBe(
      "\\*\\*پررنگ\\*\\* \\_مورب\\_ \\`کد\\` \\[پیوند\\](x) \\!\\[تصویر\\](y) \\| \\~خط\\~ \\$x\\$",
    );
    expect(escapeMarkdown("<b>&amp;</b>")).toBe("&lt;b&gt;&amp;amp;&lt;/b&gt;");
    expect(escapeMarkdown("# عنوان")).toBe("\\# عنوان");
    expect(escapeMarkdown("- فهرست")).toBe("\\- فهرست");
    expect(escapeMarkdown("+ فهرست")).toBe("\\+ فهرست");
    expect(escapeMarkdown("===")).toBe("\\===");
    expect(escapeMarkdown("12. فهرست")).toBe("12\\. فهرست");
    expect(escapeMarkdown("3) فهرست")).toBe("3\\) فهرست");
    expect(escapeMarkdown("    کد")).toBe("کد");
    expect(escapeMarkdown("می‌شود، ۱۲۳. دو-سه")).toBe("می‌شود، ۱۲۳. دو-سه");
  });

  it("keeps a table cell in one cell whatever its text holds", () => {
    const doc = { type: "doc", content: [section("f", "followUps", "پیگیری‌ها", [followUp("f1", { responsibleBody: "الف | ب" }, "سطر")])] };
    const markdown = renderReportMarkdown(reportInput(doc));
    expect(markdown).toContain("| ۱ | سطر | الف \\| ب | بدون مهلت | ارجاع‌شده |");
  });

  it("writes an address in the text as a link with its target in angle brackets", () => {
    const doc = { type: "doc", content: [section("t", "topic", "موضوع", [paragraph(text("ببینید https://example.org/a_(b) را"))])] };
    expect(renderReportMarkdown(reportInput(doc))).toContain("ببینید [https://example.org/a\\_(b](<https://example.org/a_%28b>)) را");
  });

  it("writes the carried follow-ups as a table with the meeting each came from, and Other notes last", () => {
    const doc = {
      type: "doc",
      content: [
        section("c", "carryOver", "پیگیری‌های جلسه‌های پیشین", [followUp("item-1", { status: "done" }, "اقدام پیشین"), followUp("item-2", {}, "اقدام دیگر")]),
        paragraph(text("سطر *بیرون*")),
      ],
    };
    const carriedFrom = [{ itemId: "item-1", meeting: { title: "نشست | مهرماه", startsAt: new Date("2019-10-16T14:30:00Z") } }];
    const markdown = renderReportMarkdown(reportInput(doc, "fa", { carriedFrom }));
    expect(markdown).toContain("## پیگیری‌های جلسه‌های پیشین\n\n| ردیف | اقدام | جلسهٔ مبدأ | نهاد مسئول | مهلت | وضعیت |");
    expect(markdown).toContain("| ۱ | اقدام پیشین | نشست \\| مهرماه (۲۴ مهر ۱۳۹۸) |   | بدون مهلت | پاسخ‌داده‌شده |");
    expect(markdown).toContain("| ۲ | اقدام دیگر | ثبت نشده |   | بدون مهلت | ارجاع‌شده |");
    expect(markdown).toContain("## یادداشت‌های دیگر\n\nسطر \\*بیرون\\*\n\n---");
  });
});
