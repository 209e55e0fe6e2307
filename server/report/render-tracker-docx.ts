// The tracker's filtered list as a Word document: landscape A4, Vazirmatn,
// right-to-left in Persian, a title and one real table. The series' name in the
// title is isolated (U+2068 … U+2069, plain text's <bdi>); each cell's text is a
// paragraph of its own, and the table holds no directional control (tracker-table).
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { isolatedText, withoutDirectionalControls } from "@/lib/directional-controls";
import type { Locale } from "@/lib/i18n/locales";
import { translate } from "@/lib/i18n/translate";
import { hasRtlLetters } from "@/lib/report/text-direction";
import type { TrackerTable } from "@/lib/tracker-table";
import { DOCX_FONT } from "./docx-theme";

const FONT = { ascii: DOCX_FONT, hAnsi: DOCX_FONT, cs: DOCX_FONT, eastAsia: DOCX_FONT };
/** Landscape A4 in twentieths of a point (297 × 210 mm), margins of about 15 mm. */
const PAGE = { width: 16838, height: 11906, margin: 850 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const SHARES = [0.05, 0.27, 0.08, 0.16, 0.06, 0.1, 0.12, 0.07, 0.09];

function cellParagraph(text: string, rtl: boolean, bold = false): Paragraph {
  const runRtl = rtl || hasRtlLetters(text);
  return new Paragraph({
    bidirectional: runRtl,
    children: [new TextRun({ text, font: FONT, bold, boldComplexScript: bold, size: 18, sizeComplexScript: 18, rightToLeft: runRtl })],
  });
}

export async function renderTrackerDocx(input: { series: string; table: TrackerTable; locale: Locale }): Promise<Buffer> {
  const rtl = input.locale === "fa";
  const title = (series: string): string => translate(input.locale, "tracker.export.title", { series });
  const widths = SHARES.map((share) => Math.round(share * TEXT_WIDTH));
  const row = (cells: string[], header: boolean): TableRow =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (text, index) =>
          new TableCell({
            children: text.split("\n").map((line) => cellParagraph(line, rtl, header)),
            width: { size: widths[index] ?? 0, type: WidthType.DXA },
            margins: { top: 60, bottom: 60, left: 80, right: 80 },
            shading: header ? { type: ShadingType.CLEAR, fill: "EEF1F5", color: "auto" } : undefined,
          }),
      ),
    });
  const line = { style: BorderStyle.SINGLE, size: 4, color: "777777" };
  const document = new Document({
    title: title(withoutDirectionalControls(input.series)),
    creator: "Kateb",
    styles: { default: { document: { run: { font: FONT, size: 20, sizeComplexScript: 20, language: { value: "en-US", bidirectional: "fa-IR" } } } } },
    sections: [
      {
        properties: {
          page: {
            // docx takes the portrait size and turns it for a landscape page
            // (w:pgSz w:w="16838" w:h="11906" w:orient="landscape").
            size: { width: PAGE.height, height: PAGE.width, orientation: PageOrientation.LANDSCAPE },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        children: [
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            alignment: AlignmentType.CENTER,
            bidirectional: rtl,
            children: [new TextRun({ text: title(isolatedText(input.series)), font: FONT, bold: true, boldComplexScript: true, size: 28, sizeComplexScript: 28, rightToLeft: rtl })],
          }),
          new Table({
            rows: [row(input.table.header, true), ...input.table.rows.map((cells) => row(cells, false))],
            width: { size: TEXT_WIDTH, type: WidthType.DXA },
            columnWidths: widths,
            visuallyRightToLeft: rtl,
            borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
