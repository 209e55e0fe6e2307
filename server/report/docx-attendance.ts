// The DOCX report's attendance, after the title block: a heading, how many
// were present, and a real table of each attendee's name (and affiliation),
// role in the session and status.
import { BorderStyle, HeadingLevel, ShadingType, Table, TableCell, TableRow, WidthType, type Paragraph } from "docx";
import { paragraph, words, type Context } from "./docx-paragraphs";
import { MUTED, TEXT_WIDTH } from "./docx-theme";
import type { ReportAttendance } from "./report-types";

const SHARES = [0.07, 0.43, 0.2, 0.3];

function attendanceTable(context: Context, attendance: ReportAttendance): Table {
  const widths = SHARES.map((share) => Math.round(share * TEXT_WIDTH));
  const cell = (children: Paragraph[], index: number, header = false): TableCell =>
    new TableCell({
      children,
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      shading: header ? { type: ShadingType.CLEAR, fill: "EEF1F5", color: "auto" } : undefined,
    });
  const c = attendance.columns;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [c.number, c.name, c.role, c.status].map((label, index) => cell([paragraph(context, words(label), { bold: true, size: 10 })], index, true)),
  });
  const rows = attendance.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [words(row.number), row.name, words(row.role), words(row.status)].map((text, index) => cell([paragraph(context, text, { size: 10 })], index)),
      }),
  );
  const line = { style: BorderStyle.SINGLE, size: 4, color: "777777" };
  return new Table({
    rows: [header, ...rows],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    visuallyRightToLeft: context.rtl,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
  });
}

export function docxAttendance(context: Context, attendance: ReportAttendance | null): Array<Paragraph | Table> {
  if (!attendance) return [];
  return [
    paragraph(context, words(attendance.heading), { heading: HeadingLevel.HEADING_2 }),
    paragraph(context, words(attendance.summary), { size: 10, color: MUTED }),
    attendanceTable(context, attendance),
  ];
}
