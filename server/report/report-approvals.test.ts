// The report's sign-off in every output: an approved version names who approved
// it and when (Jalali and Gregorian) with the version's hash; one not approved
// is marked "draft, not approved"; a report given no approvals has no such part.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import { renderReportDocx } from "./render-docx";
import { renderReportHtml } from "./render-html";
import { renderReportMarkdown } from "./render-markdown";
import { xmlProblems } from "./docx-xml.test-support";
import type { ReportApprovalInput } from "./report-approvals";
import { paragraph, reportInput, section, text } from "./report-input.test-support";

const doc = { type: "doc", content: [section("t", "topic", "موضوع", [paragraph(text("متن"))])] };
const HASH = "ab12".repeat(16);
const APPROVED: ReportApprovalInput = {
  approved: true,
  approvedBy: [
    { name: "رئیس جلسه", at: new Date("2019-11-20T09:30:00Z") },
    { name: "Sara Secretary", at: new Date("2019-11-21T10:00:00Z") },
  ],
};
const DRAFT: ReportApprovalInput = { approved: false, approvedBy: [{ name: "رئیس جلسه", at: new Date("2019-11-20T09:30:00Z") }] };

const input = (approval: ReportApprovalInput | undefined, locale: Locale = "fa") => {
  const base = reportInput(doc, locale);
  return { ...base, version: { ...base.version, sha256: HASH }, approval };
};

async function docxText(approval: ReportApprovalInput | undefined, locale: Locale): Promise<string> {
  const zip = await JSZip.loadAsync(await renderReportDocx(input(approval, locale)));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  expect(xmlProblems(xml)).toEqual([]);
  return [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((run) => run[1]).join("");
}

describe("an approved version's report", () => {
  it("HTML: says approved, who and when in both calendars, each name in a <bdi>, and the hash", () => {
    const html = renderReportHtml(input(APPROVED, "en"));
    expect(html).toContain(`data-approval="approved"`);
    expect(html).toContain(`<p class="kr-approval-status">Approved</p>`);
    expect(html).toContain("<li>Approved by <bdi>Sara Secretary</bdi>, on Thursday 30 Aban 1398, at 13:30 (21 November 2019)</li>");
    expect(html).toContain("<li>Approved by <bdi>رئیس جلسه</bdi>, on");
    expect(html).toContain(`<code class="kr-hash" dir="ltr">${HASH}</code>`);
    expect(html).not.toContain("Draft, not approved");
  });

  it("in Persian, with Persian digits and both calendars", () => {
    const html = renderReportHtml(input(APPROVED, "fa"));
    expect(html).toContain(`<p class="kr-approval-status">تأییدشده</p>`);
    expect(html).toMatch(/تأییدشده به دست <bdi>رئیس جلسه<\/bdi>، در [^<]*۱۳۹۸[^<]*\([^<]*۲۰۱۹[^<]*\)/);
  });

  it("Markdown: approved in bold, each name isolated, and the hash", () => {
    const markdown = renderReportMarkdown(input(APPROVED, "en"));
    expect(markdown).toContain("> **Approved**");
    expect(markdown).toContain("- Approved by \u2068Sara Secretary\u2069, on Thursday 30 Aban 1398, at 13:30 (21 November 2019)");
    expect(markdown).toContain(`- **Hash of the approved version:** \`${HASH}\``);
    // Under the header, before the minutes' parts.
    expect(markdown.indexOf("> **Approved**")).toBeLessThan(markdown.indexOf("موضوع"));
  });

  it("DOCX: approved, who and when, and the hash, well formed", async () => {
    const words = await docxText(APPROVED, "en");
    expect(words).toContain("Approved");
    expect(words).toContain("Approved by \u2068Sara Secretary\u2069, on Thursday 30 Aban 1398");
    expect(words).toContain(`Hash of the approved version: ${HASH}`);
    expect(words).not.toContain("Draft, not approved");
  });
});

describe("a version not approved", () => {
  it("is marked a draft, not approved, in HTML, Markdown and DOCX, in English and Persian", async () => {
    const html = renderReportHtml(input(DRAFT, "en"));
    expect(html).toContain(`data-approval="draft"`);
    expect(html).toContain(`<p class="kr-approval-status">Draft, not approved</p>`);
    expect(renderReportMarkdown(input(DRAFT, "en"))).toContain("> **Draft, not approved**");
    expect(await docxText(DRAFT, "en")).toContain("Draft, not approved");
    expect(renderReportHtml(input(DRAFT, "fa"))).toContain(`<p class="kr-approval-status">پیش‌نویس، تأییدنشده</p>`);
    expect(await docxText(DRAFT, "fa")).toContain("پیش‌نویس، تأییدنشده");
  });
});

describe("a report given no approvals", () => {
  it("has no approvals part", async () => {
    expect(renderReportHtml(input(undefined, "en"))).not.toContain("kr-approval\"");
    expect(renderReportMarkdown(input(undefined, "en"))).not.toContain("approved");
    expect(await docxText(undefined, "en")).not.toContain("Approved");
  });

  it("keeps a name's directional controls out of every output", () => {
    const sly = { approved: true, approvedBy: [{ name: "\u202eevil\u202c name", at: new Date("2019-11-20T09:30:00Z") }] };
    for (const output of [renderReportHtml(input(sly, "en")), renderReportMarkdown(input(sly, "en"))]) expect(output).not.toMatch(/[\u202a-\u202e]/);
  });
});
