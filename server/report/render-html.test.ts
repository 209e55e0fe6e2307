import { describe, expect, it } from "vitest";
import { escapeHtml } from "./escape-html";
import { renderReportFragment, renderReportHtml } from "./render-html";
import { followUp, paragraph, proposal, qaItem, reportInput, section, text } from "./report-input.test-support";

const doc = { type: "doc", content: [section("t", "topic", "موضوع", [paragraph(text("متن Social Emergency در سطر"))])] };

describe("the HTML report", () => {
  it("escapes the five characters that can open markup or end an attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
  });

  it("gives a page the body and stylesheet to embed, without a document around them", () => {
    const fragment = renderReportFragment(reportInput(doc));
    expect(fragment).toMatchObject({ lang: "fa", dir: "rtl", title: "نشست آزمایشی" });
    expect(fragment.html.startsWith('<article class="kateb-report" lang="fa" dir="rtl">')).toBe(true);
    expect(fragment.html).not.toMatch(/<(?:html|head|body|style|meta)\b/);
    expect(fragment.css).toContain("@page");
    expect(fragment.css).toContain(".kateb-report .kr-frame > thead { display: table-header-group; }");
    // Every rule but the page's is scoped to the report.
    const selectors = fragment.css.replace(/@page \{[\s\S]*?\n\}\n/, "").match(/^[^@\s}][^{]*\{/gm) ?? [];
    expect(selectors.length).toBeGreaterThan(20);
    for (const selector of selectors) expect(selector.split(",").every((part) => part.trim().startsWith(".kateb-report"))).toBe(true);
  });

  it("shows a notice above the report, linking only to this site or to an allowed address", () => {
    const notice = (href: string): string =>
      renderReportFragment(reportInput(doc), { notice: { text: "نسخهٔ تازه‌تری منتشر شده است.", link: { text: "خواندن نسخهٔ ۳", href } } }).html;
    expect(notice("/r/Abc-123_x")).toContain('<aside class="kr-notice" role="note"><p>نسخهٔ تازه‌تری منتشر شده است. <a href="/r/Abc-123_x">خواندن نسخهٔ ۳</a></p></aside>');
    expect(notice("https://kateb.example/r/abc")).toContain('<a href="https://kateb.example/r/abc">');
    for (const href of ["javascript:alert(1)", "//evil.example/r", "/r/\"onmouseover=alert(1)"]) expect(notice(href)).not.toContain("<a ");
  });

  it("says noindex unless the organizer chose otherwise, and loads nothing from outside", () => {
    const html = renderReportHtml(reportInput(doc));
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self' 'unsafe-inline'; font-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'">`.replace(/'/g, "&#39;"));
    expect(renderReportHtml(reportInput(doc), { indexable: true })).not.toContain('name="robots"');
    // Under default-src 'none' with inline styles only: no script, stylesheet link, image or font URL.
    expect(html).not.toMatch(/<script|<link|<img|<iframe|url\(|@import|style="/i);
  });

  it("anchors every block as block-<id>, so a link to …#block-<id> lands on it", () => {
    const minutes = {
      type: "doc",
      content: [
        section("t1", "topic", "موضوع", [paragraph(text("متن"))]),
        section("q", "qa", "پرسش و پاسخ", [qaItem("qa1", {}, "پرسش", "پاسخ")]),
        section("p", "proposals", "پیشنهادها", [proposal("pr1", "c1", "پیشنهاد")]),
        section("f", "followUps", "پیگیری‌ها", [followUp("fu1", { responsibleBody: "بهزیستی" }, "اقدام")]),
        section("n1", "other", "یادداشت", [paragraph(text("یادداشت"))]),
      ],
    };
    const { html } = renderReportFragment(reportInput(minutes));
    expect(html).toContain('<section class="kr-topic" id="block-t1">');
    expect(html).toContain('<li id="block-qa1">');
    expect(html).toContain('<li id="block-pr1">');
    expect(html).toMatch(/<tr id="block-fu1"><td class="kr-number">[^<]+<\/td><td dir="auto">اقدام<\/td>/);
    expect(html).toContain('<section class="kr-part" id="block-n1"');
    // An id is text like any other: it cannot close its attribute.
    const hostile = renderReportFragment(reportInput({ type: "doc", content: [section("p", "proposals", "پیشنهادها", [proposal('x"><script>', "c1", "پیشنهاد")])] })).html;
    expect(hostile).toContain('<li id="block-x&quot;&gt;&lt;script&gt;">');
  });

  it("never gives an element an id a block chose: a block id __next_f cannot shadow Next's own global", () => {
    const minutes = { type: "doc", content: [section("p", "proposals", "پیشنهادها", [proposal("__next_f", "c1", "پیشنهاد")])] };
    const { html } = renderReportFragment(reportInput(minutes));
    const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1] ?? "");
    expect(ids).toContain("block-__next_f");
    for (const id of ids) expect(id).toMatch(/^(?:block|kr-part)-/);
  });

  it("shows carried follow-ups in a table of their own with the meeting each came from, and Other notes last", () => {
    const minutes = {
      type: "doc",
      content: [
        paragraph(text("سطری بیرون از بخش‌ها")),
        section("c", "carryOver", "پیگیری‌های جلسه‌های پیشین", [
          followUp("item-1", { responsibleBody: "بهزیستی", status: "in-progress" }, "اقدام پیشین"),
          followUp("item-2", {}, "اقدامی با مبدأ ناروشن"),
        ]),
        section("f", "followUps", "پیگیری‌ها", []),
      ],
    };
    const carriedFrom = [{ itemId: "item-1", meeting: { title: "نشست <مهرماه>", startsAt: new Date("2019-10-16T14:30:00Z") } }];
    const { html } = renderReportFragment(reportInput(minutes, "fa", { carriedFrom }));
    const carried = /<section class="kr-part" aria-labelledby="kr-part-1"><h2 id="kr-part-1">پیگیری‌های جلسه‌های پیشین<\/h2><div class="kr-table-scroll" role="group" tabindex="0" aria-labelledby="kr-part-1"><table class="kr-table kr-carried">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? "";
    expect(carried).toContain('<th scope="col">اقدام</th><th scope="col">جلسهٔ مبدأ</th><th scope="col">نهاد مسئول</th>');
    expect(carried).toContain('<tr id="block-item-1"><td class="kr-number">۱</td><td dir="auto">اقدام پیشین</td><td dir="rtl"><bdi>نشست &lt;مهرماه&gt;</bdi><span class="kr-secondary kr-day">۲۴ مهر ۱۳۹۸</span></td><td dir="auto">بهزیستی</td><td>بدون مهلت</td><td>در دست اقدام</td></tr>');
    expect(carried).toContain('<tr id="block-item-2"><td class="kr-number">۲</td><td dir="auto">اقدامی با مبدأ ناروشن</td><td>ثبت نشده</td>');
    // This meeting's own table has none of them.
    expect(html).toContain('<h2 id="kr-part-2">پیگیری‌ها</h2><p class="kr-empty">موردی ثبت نشده است.</p>');
    expect(html).toMatch(/<h2 id="kr-part-\d">یادداشت‌های دیگر<\/h2><p dir="auto">سطری بیرون از بخش‌ها<\/p><\/section><\/div><footer/);
  });
});
