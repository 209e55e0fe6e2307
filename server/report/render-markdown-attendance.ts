// The report's attendance in Markdown, after the header: a GFM table of each
// attendee's name (and affiliation), role in the session and status, and how
// many were present. render-markdown.ts hands in its way of writing user text.
import type { ReportAttendance, ReportText } from "./report-types";

export function attendanceMarkdown(
  attendance: ReportAttendance | null,
  write: { text: (segments: ReportText) => string; escape: (line: string) => string },
): string[] {
  if (!attendance) return [];
  const { text, escape } = write;
  const c = attendance.columns;
  const header = [c.number, c.name, c.role, c.status].map(escape);
  const rows = attendance.rows.map((row) => [escape(row.number), text(row.name) || " ", escape(row.role), escape(row.status)]);
  const table = [header, header.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
  return [`## ${escape(attendance.heading)}`, escape(attendance.summary), table];
}
