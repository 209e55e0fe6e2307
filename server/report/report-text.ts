// User text as the outline holds it: lines of runs, web and mail addresses as
// links with allowed targets only.
import { linkifyText } from "../../lib/report/link-target";
import type { ReportText } from "./report-model";

/** Each non-empty line of a text as a paragraph. */
export const lines = (text: string): ReportText[] =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map(linkifyText);

/** A text as one paragraph, its line breaks as spaces. */
export const oneLine = (text: string): ReportText => linkifyText(text.replace(/\s*\n\s*/g, " ").trim());

export const optional = (text: string): ReportText | null => (text.trim() ? oneLine(text) : null);

/** The plain text of a paragraph of the outline. */
export function plain(text: ReportText): string {
  return text.map((segment) => segment.text).join("");
}
