// The report's resolutions in HTML: a numbered list, each resolution its
// number ("مصوبهٔ ۲ از جلسهٔ ۱۰"), its text, and its particulars (the body
// responsible, the due day in both calendars, the status, the votes).
// render-html.ts hands in its own ways of writing user text.
import { blockAnchor } from "@/lib/editor/block-id";
import { escapeHtml } from "./escape-html";
import type { HtmlText } from "./render-html-attendance";
import type { ReportPart, ReportText } from "./report-types";

type ResolutionsPart = Extract<ReportPart, { kind: "resolutions" }>;

export function resolutionsHtml(part: ResolutionsPart, empty: string, { text, dirOf }: HtmlText): string {
  const paragraphs = (list: ReportText[]): string =>
    list.length > 0 ? list.map((segments) => `<p dir="auto">${text(segments)}</p>`).join("") : `<p class="kr-empty">${escapeHtml(empty)}</p>`;
  const fact = (label: string, value: string): string => `<div><dt>${escapeHtml(label)}</dt><dd>${value}</dd></div>`;
  const { labels } = part;
  const items = part.items.map((item) => {
    const facts = [
      item.responsibleBody ? fact(labels.responsibleBody, `<span dir="${dirOf(item.responsibleBody)}">${text(item.responsibleBody)}</span>`) : "",
      item.due ? fact(labels.due, `<span class="kr-day">${escapeHtml(item.due.jalali)}</span><span class="kr-secondary kr-day">${escapeHtml(item.due.gregorian)}</span>`) : "",
      fact(labels.status, escapeHtml(item.status)),
      item.votes ? fact(labels.votes, escapeHtml(item.votes)) : "",
    ].join("");
    const id = item.id ? ` id="${escapeHtml(blockAnchor(item.id))}"` : "";
    return `<li${id}><p class="kr-resolution-number">${escapeHtml(item.number)}</p>${paragraphs(item.paragraphs)}<dl class="kr-facts kr-resolution-facts">${facts}</dl></li>`;
  });
  const notes = part.notes.map((segments) => `<p dir="auto">${text(segments)}</p>`).join("");
  return notes + (items.length > 0 ? `<ol class="kr-list kr-resolutions">${items.join("")}</ol>` : paragraphs([]));
}

/** The resolutions' rules, added to the report's stylesheet. */
export const RESOLUTION_RULES = `
.kateb-report .kr-resolutions > li { border-inline-start: 3px solid #123c5a; padding-inline-start: 0.8em; }
.kateb-report .kr-resolution-number { margin: 0; font-weight: 700; color: #123c5a; }
.kateb-report .kr-resolution-facts { margin-top: 0.3em; font-size: 10.5pt; }
`.trim();
