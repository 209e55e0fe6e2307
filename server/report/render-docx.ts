// The report as a Word document (docx): A4, Vazirmatn named for every script,
// paragraphs right-to-left in a Persian report (and any Persian paragraph in an
// English one), Persian runs marked right-to-left and English runs not, the
// follow-ups as a real table, and the version, lock date and hash in the footer.
// A user text that shares its line with other words (after a label, between
// separators, after a number) is isolated between U+2068 and U+2069, plain
// text's <bdi>, as the HTML puts it in a <bdi>; one alone in its paragraph is
// isolated by the paragraph.
import { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from "docx";
import { facts, paragraph, textRuns, words, type Context } from "./docx-paragraphs";
import { docxAttendance } from "./docx-attendance";
import { docxApproval } from "./docx-approvals";
import { docxPart } from "./docx-parts";
import { letterheadDocx } from "./letterhead-render";
import { BRAND, FONT, INK, MUTED, PAGE } from "./docx-theme";
import { buildReportOutline } from "./report-model";
import type { ReportInput, ReportOutline } from "./report-types";
import { plain } from "./report-text";

function pageFooter(context: Context, outline: ReportOutline): Footer {
  const { footer } = outline;
  const small = { size: 8, color: MUTED };
  const locked = footer.facts[0];
  const lockedText = locked ? locked.lines.map(plain).join(" — ") : "";
  const hashLine = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      ...textRuns(`${footer.hash.label}: `, context.rtl, { ...small, bold: true }),
      new TextRun({ text: footer.hash.value, font: "Consolas", size: 14, color: MUTED, rightToLeft: false }),
    ],
  });
  return new Footer({
    children: [
      paragraph(context, words(`${footer.version} · ${lockedText}`), { ...small, alignment: AlignmentType.CENTER, after: 0 }),
      hashLine,
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES], font: FONT, size: 16, color: MUTED })],
      }),
    ],
  });
}

function documentOf(outline: ReportOutline): Document {
  const context: Context = { rtl: outline.dir === "rtl" };
  const { header, footer } = outline;
  const titleBlock = [
    ...letterheadDocx(context, outline.letterhead),
    paragraph(context, words(header.kind), { alignment: AlignmentType.CENTER, size: 10, color: MUTED, after: 0 }),
    ...(header.series ? [paragraph(context, header.series, { alignment: AlignmentType.CENTER, size: 11, after: 60 })] : []),
    ...(header.session ? [paragraph(context, words(header.session), { alignment: AlignmentType.CENTER, size: 12, bold: true, color: BRAND, after: 60 })] : []),
    paragraph(context, header.title, { heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER }),
    ...facts(context, header.facts),
    ...docxApproval(context, outline.approval),
    ...docxAttendance(context, outline.attendance),
  ];
  const closing = [
    paragraph(context, words(footer.version), { heading: HeadingLevel.HEADING_2 }),
    ...facts(context, footer.facts, { size: 10 }),
    new Paragraph({
      bidirectional: context.rtl,
      children: [
        ...textRuns(`${footer.hash.label}: `, context.rtl, { bold: true, size: 10 }),
        new TextRun({ text: footer.hash.value, font: "Consolas", size: 18, rightToLeft: false }),
      ],
    }),
    paragraph(context, words(footer.hash.hint), { size: 9, color: MUTED }),
  ];
  const headingStyle = (size: number, color: string) => ({
    run: { font: FONT, size: size * 2, sizeComplexScript: size * 2, bold: true, boldComplexScript: true, color },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
  });
  return new Document({
    title: outline.title,
    creator: "Kateb",
    description: `${header.kind} · ${footer.version} · SHA-256 ${footer.hash.value}`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, sizeComplexScript: 22, color: INK, language: { value: "en-US", bidirectional: "fa-IR" } },
          paragraph: { spacing: { after: 100, line: 320 } },
        },
        heading1: headingStyle(16, INK),
        heading2: headingStyle(14, BRAND),
        heading3: headingStyle(12, INK),
      },
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } },
        headers: {
          default: new Header({ children: [paragraph(context, outline.runningHeader, { size: 8, color: MUTED, alignment: AlignmentType.CENTER })] }),
        },
        footers: { default: pageFooter(context, outline) },
        children: [...titleBlock, ...outline.parts.flatMap((item) => docxPart(context, item, outline.empty)), ...closing],
      },
    ],
  });
}

/** The report as a .docx file. */
export async function renderReportDocx(input: ReportInput): Promise<Buffer> {
  return Packer.toBuffer(documentOf(buildReportOutline(input)));
}
