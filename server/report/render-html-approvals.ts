// The report's sign-off in HTML: a stamp under the header, "Approved" or
// "Draft, not approved", with who approved and when and the approved
// version's hash. Each name is user text in a <bdi>; the rest is Kateb's.
import { escapeHtml } from "./escape-html";
import type { ReportApprovalOutline } from "./report-approvals";
import type { ReportText } from "./report-types";

const line = (segments: ReportText): string =>
  segments.map((segment) => (segment.own ? escapeHtml(segment.text) : `<bdi>${escapeHtml(segment.text)}</bdi>`)).join("");

export function approvalHtml(approval: ReportApprovalOutline | undefined): string {
  if (!approval) return "";
  const state = approval.approved ? "approved" : "draft";
  const hint = approval.hint ? `<p class="kr-hint">${escapeHtml(approval.hint)}</p>` : "";
  const names = approval.lines.length > 0 ? `<ul>${approval.lines.map((segments) => `<li>${line(segments)}</li>`).join("")}</ul>` : "";
  const hash = `<p><span class="kr-label">${escapeHtml(approval.hash.label)}:</span> <code class="kr-hash" dir="ltr">${escapeHtml(approval.hash.value)}</code></p>`;
  return `<section class="kr-approval" data-approval="${state}"><p class="kr-approval-status">${escapeHtml(approval.status)}</p>${hint}${names}${hash}</section>`;
}

export const APPROVAL_STYLESHEET = `
.kateb-report .kr-approval { margin-block: 0 1.2em; padding: 0.6em 0.9em; border: 1.5pt solid #9a5b06; background: #fdf3e1; font-size: 10pt; break-inside: avoid; page-break-inside: avoid; }
.kateb-report .kr-approval[data-approval="approved"] { border-color: #1f6b3a; background: #e9f5ec; }
.kateb-report .kr-approval-status { margin: 0; font-size: 12pt; font-weight: 700; }
.kateb-report .kr-approval ul { margin: 0.3em 0; padding-inline-start: 1.2em; }
`.trim();
