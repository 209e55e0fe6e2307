// The report's sign-off in Markdown, under the header: "Approved" or "Draft,
// not approved" in bold, who approved and when (each name isolated between
// U+2068 and U+2069, plain text's <bdi>), and the approved version's hash.
import type { ReportApprovalOutline } from "./report-approvals";
import type { ReportText } from "./report-types";

/** render-markdown's escaper of one line of user text. */
type Escape = (line: string) => string;

const line = (segments: ReportText, escape: Escape): string =>
  segments.map((segment) => (segment.own ? segment.text : `\u2068${escape(segment.text)}\u2069`)).join("");

export function approvalMarkdown(approval: ReportApprovalOutline | undefined, escape: Escape): string[] {
  if (!approval) return [];
  const hash = /^[0-9a-f]+$/i.test(approval.hash.value) ? `\`${approval.hash.value}\`` : escape(approval.hash.value);
  const items = [...approval.lines.map((segments) => `- ${line(segments, escape)}`), `- **${escape(approval.hash.label)}:** ${hash}`];
  return [`> **${escape(approval.status)}**${approval.hint ? `\n>\n> *${escape(approval.hint)}*` : ""}`, items.join("\n")];
}
