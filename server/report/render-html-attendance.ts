// The report's attendance table in HTML, after the header: each attendee's
// name (and affiliation), role in the session and status, and how many were
// present. render-html.ts hands in its own ways of writing user text, so
// that every user text is isolated as everywhere else in the report.
import { escapeHtml } from "./escape-html";
import type { ReportAttendance, ReportText } from "./report-types";

export interface HtmlText {
  /** A paragraph's markup, each user text in a <bdi> where Kateb's words stand between them. */
  text: (segments: ReportText) => string;
  /** The dir of an element holding that paragraph. */
  dirOf: (segments: ReportText) => string;
}

const HEADING_ID = "kr-attendance";

export function attendanceHtml(attendance: ReportAttendance | null, { text, dirOf }: HtmlText): string {
  if (!attendance) return "";
  const c = attendance.columns;
  const head = [c.number, c.name, c.role, c.status].map((label) => `<th scope="col">${escapeHtml(label)}</th>`).join("");
  const rows = attendance.rows.map(
    (row) =>
      `<tr><td class="kr-number">${escapeHtml(row.number)}</td><td dir="${dirOf(row.name)}">${text(row.name)}</td><td>${escapeHtml(row.role)}</td><td>${escapeHtml(row.status)}</td></tr>`,
  );
  const table = `<div class="kr-table-scroll" role="group" tabindex="0" aria-labelledby="${HEADING_ID}"><table class="kr-table kr-attendance-table"><thead><tr>${head}</tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
  return `<section class="kr-part kr-attendance" aria-labelledby="${HEADING_ID}"><h2 id="${HEADING_ID}">${escapeHtml(attendance.heading)}</h2><p class="kr-summary">${escapeHtml(attendance.summary)}</p>${table}</section>`;
}

/** The attendance table's and the session line's rules, added to the report's stylesheet. */
export const ATTENDANCE_RULES = `
.kateb-report .kr-session { margin: 0.2em 0 0; font-size: 12pt; font-weight: 700; color: #123c5a; }
.kateb-report .kr-summary { color: #444; font-size: 10.5pt; }
.kateb-report table.kr-attendance-table { min-width: 0; }
.kateb-report .kr-attendance-table th:nth-child(1) { width: 7%; }
.kateb-report .kr-attendance-table th:nth-child(2) { width: 43%; }
.kateb-report .kr-attendance-table th:nth-child(3) { width: 20%; }
.kateb-report .kr-attendance-table th:nth-child(4) { width: 30%; }
`.trim();
