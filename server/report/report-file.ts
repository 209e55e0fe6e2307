// A report as a file to hand out: its content type, and the Content-Disposition
// that names it, for the members' exports and the published link's downloads.
import { withoutDirectionalControls } from "@/lib/directional-controls";

export const REPORT_FORMATS = ["html", "md", "docx", "pdf"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  html: "text/html; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

/** attachment (or inline, to open in the browser); an ASCII name for old clients
 * and the title for the rest (RFC 6266), without a directional control that
 * would show "v1.docx" reversed, or hide it. */
export function reportDisposition(title: string, number: number, format: ReportFormat, inline = false): string {
  const name = `${withoutDirectionalControls(title).replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ").replace(/\s+/g, " ").trim().slice(0, 80)} v${number}.${format}`;
  return `${inline ? "inline" : "attachment"}; filename="kateb-minutes-v${number}.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
