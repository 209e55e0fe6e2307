// The Word files as a reader's word processor lays them out: the sample
// meeting's report and the tracker's landscape table, converted by LibreOffice
// (headless) to PDF and read back. The report keeps its words, its hash and
// its right-to-left Persian; the tracker's pages are landscape. Page 1 of the
// report is saved as a PNG to look at (test-results/artifacts/report-docx-page1.png;
// docs/screenshots/ keeps a copy).
import { mkdirSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { trackerTable } from "@/lib/tracker-table";
import { docxToPdf } from "@/tests/helpers/docx-to-pdf";
import { pngImage } from "@/tests/helpers/images";
import { pdfFirstPagePixels, pdfFirstPagePng, pdfPageSizes, pdfText } from "@/tests/helpers/pdf-text";
import { SAMPLE_MEETING } from "../demo/seed";
import { renderReportDocx } from "./render-docx";
import { renderTrackerDocx } from "./render-tracker-docx";
import { paragraph, reportInput, section, text } from "./report-input.test-support";
import { sampleReportInput } from "./sample-input.test-support";

const sampleInput = sampleReportInput();
const ARTIFACTS = "test-results/artifacts";
/** Words compared without the marks and joiners a PDF's text layer may add or drop. */
const bare = (text: string): string => text.replace(/[\s\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "");

describe("the Word files through LibreOffice", () => {
  it("lay out the sample report in Persian on A4 portrait pages, with its title and hash", { timeout: 180_000 }, async () => {
    const input = await sampleInput("fa");
    const pdf = await docxToPdf(await renderReportDocx(input));
    const text = await pdfText(pdf);
    expect(bare(text)).toContain(input.version.sha256);
    expect(bare(text)).toContain(bare("کودکان و نوجوانان"));
    expect(bare(text)).toContain(bare(SAMPLE_MEETING.title).slice(0, 20));
    const sizes = await pdfPageSizes(pdf);
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    for (const { width, height } of sizes) expect(height).toBeGreaterThan(width);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(`${ARTIFACTS}/report-docx-page1.png`, await pdfFirstPagePng(pdf));
  });

  it("print the letterhead's logo whole, as tall as it is drawn (not cropped to a line)", { timeout: 180_000 }, async () => {
    const colour = [200, 30, 120] as const;
    const input = reportInput({ type: "doc", content: [section("s", "other", "یادداشت", [paragraph(text("متن"))])] });
    const logo = { mime: "image/png" as const, bytes: pngImage(180, 60, [...colour]), width: 180, height: 60, sha256: "0".repeat(64) };
    const pdf = await docxToPdf(await renderReportDocx({ ...input, letterhead: { organisation: "کمیسیون", unit: "", logo } }));
    const { width, rgb } = await pdfFirstPagePixels(pdf);
    // The rows and columns of page 1 (100 dpi) that hold the logo's colour: 180 × 60 px at 96 dpi.
    const rows = new Set<number>();
    const columns = new Set<number>();
    for (let at = 0; at + 2 < rgb.length; at += 3) {
      if (colour.every((value, channel) => Math.abs((rgb[at + channel] ?? 0) - value) <= 3)) {
        rows.add(Math.floor(at / 3 / width));
        columns.add((at / 3) % width);
      }
    }
    expect(columns.size).toBeGreaterThan(180);
    expect(rows.size).toBeGreaterThan(58);
  });

  it("lay out the tracker's table on landscape pages", { timeout: 180_000 }, async () => {
    const table = trackerTable(
      [
        {
          kind: "proposal",
          text: "ایجاد سامانهٔ مشترک ثبت مطالبات گروه‌های آسیب‌پذیر",
          meeting: { title: "نشست آبان" },
          versionNumber: 2,
          category: { name: "ساختارها" },
          responsibleBody: { name: "سازمان بهزیستی" },
          dueJalali: "۱۴۰۴/۰۹/۳۰",
          overdue: false,
          status: "in_progress",
          withdrawnInVersion: null,
        },
      ],
      "fa",
    );
    const pdf = await docxToPdf(await renderTrackerDocx({ series: "Qom Dialogue", table, locale: "fa" }));
    const sizes = await pdfPageSizes(pdf);
    expect(sizes.length).toBeGreaterThanOrEqual(1);
    for (const { width, height } of sizes) expect(width).toBeGreaterThan(height);
    expect(bare(await pdfText(pdf))).toContain(bare("سازمان بهزیستی"));
  });
});
