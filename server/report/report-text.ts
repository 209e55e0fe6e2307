// User text as the outline holds it: lines of runs, web and mail addresses as
// links with allowed targets only, and no directional control (one stored before
// input was cleaned, or typed into the minutes, would reorder what follows it).
import { withoutDirectionalControls } from "@/lib/directional-controls";
import { linkifyText } from "@/lib/report/link-target";
import type { ReportText } from "./report-types";

const linkify = (text: string): ReportText => linkifyText(withoutDirectionalControls(text));

/** Each non-empty line of a text as a paragraph. */
export const lines = (text: string): ReportText[] =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map(linkify);

/** A text as one paragraph, its line breaks as spaces. */
export const oneLine = (text: string): ReportText => linkify(text.replace(/\s*\n\s*/g, " ").trim());

export const optional = (text: string): ReportText | null => (text.trim() ? oneLine(text) : null);

/** Several user texts on one line with Kateb's words between them, as a
 * template says ("{name} ({affiliation})"): each text stays a field of its own,
 * which each output isolates from the others. */
export function fieldsLine(template: string, values: Record<string, string>): ReportText {
  return template
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .flatMap((part): ReportText => {
      const value = /^\{(\w+)\}$/.exec(part)?.[1];
      return value !== undefined && value in values ? oneLine(values[value] ?? "") : [{ text: part, own: true }];
    });
}

/** The plain text of a paragraph of the outline. */
export function plain(text: ReportText): string {
  return text.map((segment) => segment.text).join("");
}
