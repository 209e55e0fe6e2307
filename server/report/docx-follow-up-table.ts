// The DOCX report's follow-ups as a real table: this meeting's, or the
// carried ones with a column for the meeting each came from.
import { BorderStyle, ShadingType, Table, TableCell, TableRow, WidthType, type Paragraph } from "docx";
import { paragraph, words, type Context } from "./docx-paragraphs";
import { MUTED, TEXT_WIDTH } from "./docx-theme";
import type { ReportCarriedRow, ReportFollowUpRow, ReportPart } from "./report-types";

function followUpCells(context: Context, row: ReportFollowUpRow, noDue: string, extra: Paragraph[][] = []): Paragraph[][] {
  return [
    [paragraph(context, words(row.number), { size: 10 })],
    row.item.map((line) => paragraph(context, line, { size: 10 })),
    ...extra,
    [paragraph(context, row.responsibleBody, { size: 10 })],
    row.due
      ? [paragraph(context, words(row.due.jalali), { size: 10 }), paragraph(context, words(row.due.gregorian), { size: 9, color: MUTED })]
      : [paragraph(context, words(noDue), { size: 10 })],
    [paragraph(context, words(row.status), { size: 10 })],
  ];
}

function originCell(context: Context, row: ReportCarriedRow, unknown: string): Paragraph[] {
  if (!row.origin) return [paragraph(context, words(unknown), { size: 10 })];
  return [paragraph(context, row.origin.meeting, { size: 10 }), paragraph(context, words(row.origin.day), { size: 9, color: MUTED })];
}

/** This meeting's follow-ups, or the carried ones with the meeting each came from, as a real table. */
export function followUpTable(context: Context, item: Extract<ReportPart, { kind: "followUps" | "carryOver" }>): Table {
  const c = item.columns;
  const carried = item.kind === "carryOver";
  const shares = carried ? [0.06, 0.3, 0.24, 0.17, 0.13, 0.1] : [0.07, 0.37, 0.26, 0.18, 0.12];
  const widths = shares.map((share) => Math.round(share * TEXT_WIDTH));
  const cell = (children: Paragraph[], index: number, header = false): TableCell =>
    new TableCell({
      children,
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      shading: header ? { type: ShadingType.CLEAR, fill: "EEF1F5", color: "auto" } : undefined,
    });
  const labels = [c.number, c.item, ...(carried ? [item.originColumn] : []), c.responsibleBody, c.due, c.status];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: labels.map((label, index) => cell([paragraph(context, words(label), { bold: true, size: 10 })], index, true)),
  });
  const cells = carried
    ? item.rows.map((row) => followUpCells(context, row, item.noDue, [originCell(context, row, item.unknownOrigin)]))
    : item.rows.map((row) => followUpCells(context, row, item.noDue));
  const rows = cells.map((children) => new TableRow({ cantSplit: true, children: children.map((paragraphs, index) => cell(paragraphs, index)) }));
  const line = { style: BorderStyle.SINGLE, size: 4, color: "777777" };
  return new Table({
    rows: [header, ...rows],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    visuallyRightToLeft: context.rtl,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
  });
}

