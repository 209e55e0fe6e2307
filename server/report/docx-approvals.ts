// The report's sign-off in the Word document, under the title block:
// "Approved" (green) or "Draft, not approved" (amber) in bold, who approved
// and when, and the approved version's hash.
import { Paragraph, TextRun } from "docx";
import { paragraph, textRuns, words, type Context } from "./docx-paragraphs";
import { MUTED } from "./docx-theme";
import type { ReportApprovalOutline } from "./report-approvals";

const APPROVED = "1F6B3A";
const DRAFT = "9A5B06";

export function docxApproval(context: Context, approval: ReportApprovalOutline | undefined): Paragraph[] {
  if (!approval) return [];
  const color = approval.approved ? APPROVED : DRAFT;
  return [
    paragraph(context, words(approval.status), { bold: true, size: 13, color, after: 40 }),
    ...(approval.hint ? [paragraph(context, words(approval.hint), { size: 9, color: MUTED, after: 40 })] : []),
    ...approval.lines.map((line) => paragraph(context, line, { size: 10, indent: true, after: 40 })),
    new Paragraph({
      bidirectional: context.rtl,
      spacing: { after: 200 },
      children: [
        ...textRuns(`${approval.hash.label}: `, context.rtl, { bold: true, size: 9 }),
        new TextRun({ text: approval.hash.value, font: "Consolas", size: 16, rightToLeft: false }),
      ],
    }),
  ];
}
