// The sample meeting's report printed by Chromium on the server: an A4 PDF of
// several pages whose text is the report's (the title, the hash), printed once
// per HTML and kept; page 1 is saved as a PNG to look at
// (test-results/artifacts/report-pdf-page1.png; docs/screenshots/ keeps a copy).
// Without a Chromium the PDF is refused with a sentence, not a crash.
import { mkdirSync, writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { isAppError } from "@/lib/app-error";
import { pdfFirstPagePng, pdfPageCount, pdfText } from "@/tests/helpers/pdf-text";
import { renderReportHtml } from "./render-html";
import { closePdfPrinter, renderReportPdf } from "./render-pdf";
import { sampleReportInput } from "./sample-input.test-support";

const sampleInput = sampleReportInput();
const ARTIFACTS = "test-results/artifacts";

afterAll(closePdfPrinter);

describe("the printed PDF of the sample report", () => {
  it("is an A4 PDF of several pages with the report's words and its hash, printed once per HTML", async () => {
    const input = await sampleInput("fa");
    const html = renderReportHtml(input, { servedFont: true });
    const pdf = await renderReportPdf(html);
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const pages = await pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    const text = await pdfText(pdf);
    expect(text.replace(/\s+/g, "")).toContain(input.version.sha256);
    // Page numbers in Persian digits, "۱ / ۴" (pdftotext wraps them in direction marks).
    // A page number in Persian digits on every page, "۱ / ۴" (pdftotext wraps them in direction marks).
    const pageNumbers = text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "").match(/[۰-۹]+\s*\/\s*[۰-۹]+/g) ?? [];
    expect(pageNumbers).toHaveLength(pages);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(`${ARTIFACTS}/report-pdf-page1.png`, await pdfFirstPagePng(pdf));
    expect(await renderReportPdf(html)).toBe(pdf);
  });

  it("is refused with the sentence for it when the server has no Chromium", async () => {
    await closePdfPrinter();
    const named = process.env.KATEB_CHROMIUM;
    process.env.KATEB_CHROMIUM = "/nonexistent/chromium";
    try {
      const printing = renderReportPdf(`<!doctype html><p>another page ${Date.now()}</p>`);
      await expect(printing).rejects.toSatisfy((error: unknown) => isAppError(error) && error.code === "unavailable" && error.message === "report.pdfUnavailable");
    } finally {
      if (named === undefined) delete process.env.KATEB_CHROMIUM;
      else process.env.KATEB_CHROMIUM = named;
    }
  });
});
