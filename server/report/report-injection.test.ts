// Content crafted to inject script reaches every output only as inert text: a
// javascript: link, an <img onerror> in text, a </script> in the title, in a
// guest's name and in the attributes of structured blocks.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { xmlProblems } from "./docx-xml.test-support";
import { renderReportDocx } from "./render-docx";
import { renderReportFragment, renderReportHtml } from "./render-html";
import { renderReportMarkdown } from "./render-markdown";
import { followUp, paragraph, proposal, qaItem, reportInput, section, text } from "./report-input.test-support";

const SCRIPT = "</script><script>alert(1)</script>";
const IMG = "<img src=x onerror=alert(1)>";
const ESCAPED_SCRIPT = "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;";
const ESCAPED_IMG = "&lt;img src=x onerror=alert(1)&gt;";

const doc = {
  type: "doc",
  content: [
    section("h", "header", SCRIPT, []),
    section("a", "agenda", "دستور", [
      section("t1", "topic", IMG, [
        paragraph(text("کلیک", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]), text(` کنید ${IMG}`)),
        paragraph(text('منبع: https://example.org/report?q="><script>alert(1)</script> و mailto:office@example.org.')),
        paragraph(text("javascript:alert(2) و data:text/html,<script>alert(3)</script> و <b onmouseover=alert(4)>x</b>")),
        paragraph(text("[link](javascript:alert(5)) **bold** | cell | # heading")),
      ]),
    ]),
    section("q", "qa", "پرسش و پاسخ", [qaItem("q1", { askedBy: IMG, answeredBy: SCRIPT }, IMG, SCRIPT)]),
    section("p", "proposals", "پیشنهادها", [proposal("p1", "c1", `${SCRIPT} پیشنهاد`), proposal("p2", `"><script>`, IMG)]),
    section("f", "followUps", "پیگیری‌ها", [followUp("f1", { responsibleBody: SCRIPT, status: `"><img src=x onerror=alert(1)>`, due: `"><script>` }, IMG)]),
    section("o", "other", `${IMG} سایر`, [paragraph(text(SCRIPT))]),
  ],
};

function crafted(locale: "fa" | "en" = "fa") {
  return reportInput(doc, locale, {
    series: SCRIPT,
    meeting: {
      title: `${SCRIPT} جلسه`,
      startsAt: new Date("2019-11-16T14:30:00Z"),
      place: IMG,
      guests: [{ name: SCRIPT, role: IMG, organisation: "&amp; <b>" }],
      attendees: [{ name: IMG, affiliation: SCRIPT }],
    },
    categories: [{ id: "c1", name: IMG }],
    version: { number: 1, lockedAt: new Date("2019-11-18T08:00:00Z"), lockedBy: IMG, sha256: '"><script>alert(1)</script>', note: SCRIPT },
  });
}

const ALLOWED_TAGS = new Set([
  "html", "head", "meta", "title", "style", "body", "article", "table", "thead", "tbody", "tr", "td", "th", "div", "aside",
  "header", "footer", "section", "h1", "h2", "h3", "p", "span", "dl", "dt", "dd", "ol", "li", "a", "code", "br",
  // Isolates a user text that shares its line with others (a guest's name, role and organisation).
  "bdi",
]);

/** Every tag in the HTML, with its attributes. */
function tags(html: string): Array<{ name: string; attributes: Array<{ name: string; value: string }> }> {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)].map((match) => ({
    name: (match[1] ?? "").toLowerCase(),
    attributes: [...(match[2] ?? "").matchAll(/([^\s=>]+)(?:="([^"]*)")?/g)].map((attribute) => ({
      name: (attribute[1] ?? "").toLowerCase(),
      value: attribute[2] ?? "",
    })),
  }));
}

function expectInertHtml(html: string): void {
  // Outside the tags, no "<" is left: every other one was escaped.
  const withoutTags = html.replace(/<!doctype html>/, "").replace(/<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s+[^\s=>]+(?:="[^"]*")?)*\s*\/?>/g, "");
  expect(withoutTags).not.toContain("<");
  for (const tag of tags(html)) {
    expect(ALLOWED_TAGS, tag.name).toContain(tag.name);
    for (const attribute of tag.attributes) {
      expect(attribute.name.startsWith("on"), `${tag.name} ${attribute.name}`).toBe(false);
      if (attribute.name === "href") expect(attribute.value).toMatch(/^(?:https?:\/\/|mailto:|\/(?!\/))/);
      expect(attribute.value).not.toMatch(/<|javascript:/i);
    }
  }
}

describe("content crafted to inject script", () => {
  it("comes out of the HTML document as escaped text only", () => {
    const html = renderReportHtml(crafted());
    expectInertHtml(html);
    expect(html).not.toMatch(/<script|<img|<b\b/i);
    expect(html).toContain(`<title>${ESCAPED_SCRIPT} جلسه</title>`);
    expect(html).toContain(`<h1 dir="auto">${ESCAPED_SCRIPT} جلسه</h1>`);
    expect(html).toContain(`<bdi>${ESCAPED_SCRIPT}</bdi>، <bdi>${ESCAPED_IMG}</bdi>، <bdi>&amp;amp; &lt;b&gt;</bdi>`);
    expect(html).toContain(`<td dir="auto">${ESCAPED_SCRIPT}</td>`);
    expect(html).toContain(`<td>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</td>`);
    expect(html).toContain(ESCAPED_IMG);
  });

  it("keeps a javascript: link's text and drops its target, and links only http, https and mailto addresses", () => {
    const html = renderReportHtml(crafted());
    expect(html).toContain(`<p dir="auto">کلیک کنید ${ESCAPED_IMG}</p>`);
    expect(html).not.toMatch(/href="(?!https:\/\/example\.org\/|mailto:office@example\.org)/);
    expect(html).toContain('<a href="https://example.org/report?q=" rel="nofollow noopener noreferrer">https://example.org/report?q=</a>&quot;&gt;&lt;script&gt;');
    expect(html).toContain('<a href="mailto:office@example.org" rel="nofollow noopener noreferrer">mailto:office@example.org</a>.');
    expect(html).toContain("javascript:alert(2) و data:text/html,&lt;script&gt;alert(3)&lt;/script&gt;");
  });

  it("comes out of the embeddable fragment and of the English report as escaped text only", () => {
    const fragment = renderReportFragment(crafted("en"), { notice: { text: IMG, link: { text: SCRIPT, href: "javascript:alert(1)" } } });
    expectInertHtml(fragment.html);
    expect(fragment.html).toContain(`<aside class="kr-notice" role="note"><p>${ESCAPED_IMG}</p></aside>`);
    expect(fragment.css).not.toContain("<");
    expectInertHtml(renderReportHtml(crafted("en"), { notice: { text: "superseded", link: { text: "v2", href: "/r/abc" } } }));
  });

  it("comes out of the Markdown as text that neither Markdown nor HTML reads as markup", () => {
    const markdown = renderReportMarkdown(crafted());
    const links = [...markdown.matchAll(/\]\(<([^>]*)>\)/g)].map((match) => match[1]);
    expect(links).toEqual(["https://example.org/report?q=", "mailto:office@example.org"]);
    const withoutLinks = markdown.replace(/\]\(<[^>]*>\)/g, "]()");
    expect(withoutLinks).not.toContain("<");
    expect(markdown).toContain(`# ${ESCAPED_SCRIPT} جلسه`);
    expect(markdown).toContain("\\[link\\](javascript:alert(5)) \\*\\*bold\\*\\* \\| cell \\| \\# heading");
    // The only "](" left unescaped are the two allowed links.
    expect(markdown.match(/(?<!\\)\]\(/g)).toHaveLength(2);
  });

  it("comes out of the DOCX as escaped text in well-formed XML, with no javascript: target", async () => {
    const zip = await JSZip.loadAsync(await renderReportDocx(crafted()));
    const parts = Object.keys(zip.files).filter((name) => name.endsWith(".xml") || name.endsWith(".rels"));
    let all = "";
    for (const name of parts) {
      const xml = (await zip.file(name)?.async("string")) ?? "";
      expect(xmlProblems(xml), name).toEqual([]);
      expect(xml, name).not.toMatch(/<script|<img|<b\b/i);
      all += xml;
    }
    const documentXml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    // Runs split text by direction: read each paragraph's text across its runs.
    const paragraphs = (documentXml.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? []).map((paragraph) =>
      [...paragraph.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((run) => run[1]).join(""),
    );
    expect(paragraphs).toContain(`${ESCAPED_SCRIPT} جلسه`);
    expect(paragraphs).toContain(`کلیک کنید ${ESCAPED_IMG}`);
    // After a label, the name is isolated (U+2068 … U+2069).
    expect(paragraphs).toContain(`قفل‌کننده: \u2068${ESCAPED_IMG}\u2069`);
    const targets = [...all.matchAll(/Target="([^"]*)"[^>]*TargetMode="External"/g)].map((match) => match[1]);
    expect(targets.sort()).toEqual(["https://example.org/report?q=", "mailto:office@example.org"]);
    expect(all).not.toMatch(/javascript:alert\(1\)/);
  });
});
