// The report as HTML: a whole document for export and for the published link,
// or the body and stylesheet for a page to embed. No script, no raw HTML: every
// text goes through escapeHtml, every link target through the allow-list. Every
// user text is isolated: alone in an element with its own dir, or in a <bdi>
// where it shares a line with other texts (a guest's name, role and organisation).
import { blockAnchor } from "@/lib/editor/block-id";
import { REPORT_CSP } from "@/lib/report-csp";
import { safeLinkTarget } from "@/lib/report/link-target";
import { textDirection } from "@/lib/report/text-direction";
import { downloadBar, DOWNLOAD_BAR_STYLE, type DownloadBar } from "./render-downloads";
import { escapeHtml } from "./escape-html";
import { letterheadHtml, LETTERHEAD_STYLE } from "./letterhead-render";
import { REPORT_FONT_FACE } from "./report-font";
import { ATTENDANCE_RULES, attendanceHtml } from "./render-html-attendance";
import { APPROVAL_STYLESHEET, approvalHtml } from "./render-html-approvals";
import { RESOLUTION_RULES, resolutionsHtml } from "./render-html-resolutions";
import { buildReportOutline } from "./report-model";
import type { ReportCarriedRow, ReportFact, ReportFollowUpRow, ReportInput, ReportOutline, ReportPart, ReportText } from "./report-types";
import { reportStylesheet } from "./report-stylesheet";
import { SITE_ICON_LINK } from "./site-icon";
import { plain } from "./report-text";

export interface ReportHtmlOptions {
  /** Let search engines index the page; by default it says "noindex". */
  indexable?: boolean;
  /** A line shown above the report, such as "superseded by v3", with an optional link. */
  notice?: { text: string; link?: { text: string; href: string } };
  /** The published page's downloads, above the report. */
  downloads?: DownloadBar;
  /** The page is served beside the report's font (REPORT_FONT_PATH): ask for it there. */
  servedFont?: boolean;
  /** The page is served by Kateb: name the site's icon (SITE_ICON_LINK). */
  siteIcon?: boolean;
}

export interface ReportFragment {
  lang: string;
  dir: "rtl" | "ltr";
  title: string;
  /** The stylesheet, scoped to .kateb-report (plus the @page rules). */
  css: string;
  /** One <article class="kateb-report"> element. */
  html: string;
}

// A path on this site, for the notice's link ("/r/<token>"): no scheme, no host.
const SITE_PATH = /^\/(?!\/)[A-Za-z0-9\-._~/%]*$/;

function linkTarget(href: string): string | null {
  return SITE_PATH.test(href) ? href : safeLinkTarget(href);
}

function runs(segments: ReportText): string {
  return segments
    .map((segment) => {
      const href = segment.href === undefined ? null : safeLinkTarget(segment.href);
      const inner = escapeHtml(segment.text);
      return href ? `<a href="${escapeHtml(href)}" rel="nofollow noopener noreferrer">${inner}</a>` : inner;
    })
    .join("");
}

/** A paragraph's markup; where Kateb's words stand between user texts, each user text in a <bdi>. */
function text(segments: ReportText): string {
  if (!segments.some((segment) => segment.own)) return runs(segments);
  const out: string[] = [];
  let field: ReportText = [];
  const close = (): void => {
    if (field.length > 0) out.push(`<bdi>${runs(field)}</bdi>`);
    field = [];
  };
  for (const segment of segments) {
    if (segment.own) {
      close();
      out.push(escapeHtml(segment.text));
    } else field.push(segment);
  }
  close();
  return out.join("");
}

/** The dir of an element holding user text: "auto", unless its texts are in <bdi>,
 * which dir="auto" does not look into: then the direction it would have found. */
const dirOf = (segments: ReportText): string =>
  segments.some((segment) => segment.own) ? (textDirection(plain(segments)) ?? "auto") : "auto";

const paragraph = (segments: ReportText, className = ""): string =>
  `<p dir="auto"${className ? ` class="${className}"` : ""}>${text(segments)}</p>`;

const paragraphsOr = (paragraphs: ReportText[], empty: string): string =>
  paragraphs.length > 0 ? paragraphs.map((segments) => paragraph(segments)).join("") : `<p class="kr-empty">${escapeHtml(empty)}</p>`;

function facts(list: ReportFact[]): string {
  const rows = list.map(
    (fact) =>
      `<div><dt>${escapeHtml(fact.label)}</dt><dd>${fact.lines.map((line) => `<span dir="${dirOf(line)}">${text(line)}</span>`).join("")}</dd></div>`,
  );
  return `<dl class="kr-facts">${rows.join("")}</dl>`;
}

type Part<Kind extends ReportPart["kind"]> = Extract<ReportPart, { kind: Kind }>;

const notes = (list: ReportText[]): string => list.map((segments) => paragraph(segments)).join("");

const number = (value: string): string => `<span class="kr-number">${escapeHtml(value)}.</span>`;

/** The block's anchor, so a link to …/versions/N#block-<blockId> (the tracker's) lands on it. */
const anchor = (blockId: string): string => (blockId ? ` id="${escapeHtml(blockAnchor(blockId))}"` : "");

function presentation(item: Part<"presentation">, empty: string): string {
  const topics = item.topics.map(
    (topic) => `<section class="kr-topic"${anchor(topic.id)}><h3 dir="auto">${number(topic.number)} ${text(topic.title)}</h3>${paragraphsOr(topic.paragraphs, empty)}</section>`,
  );
  return notes(item.notes) + (topics.length > 0 ? topics.join("") : paragraphsOr([], empty));
}

function questionsAndAnswers(item: Part<"qa">, empty: string): string {
  const { labels } = item;
  const who = (label: string, name: ReportText | null): string =>
    name ? `<p class="kr-who" dir="auto"><span class="kr-label">${escapeHtml(label)}:</span> ${text(name)}</p>` : "";
  const items = item.items.map((qa) => {
    const question = `<div class="kr-question"><p>${number(qa.number)} <span class="kr-label">${escapeHtml(labels.question)}</span></p>${who(labels.askedBy, qa.askedBy)}${notes(qa.question)}</div>`;
    const deferred = qa.deferred ? `<p class="kr-empty">${escapeHtml(qa.deferred)}</p>` : "";
    const answer = `<div class="kr-answer"><p class="kr-label">${escapeHtml(labels.answer)}</p>${who(labels.answeredBy, qa.answeredBy)}${notes(qa.answer)}${deferred}</div>`;
    return `<li${anchor(qa.id)}>${question}${answer}</li>`;
  });
  return notes(item.notes) + (items.length > 0 ? `<ol class="kr-list kr-qa">${items.join("")}</ol>` : paragraphsOr([], empty));
}

function proposals(item: Part<"proposals">, empty: string): string {
  const groups = item.groups.map((group) => {
    const list = group.proposals.map((proposal) => `<li${anchor(proposal.id)}>${number(proposal.number)}<div>${paragraphsOr(proposal.paragraphs, empty)}</div></li>`);
    return `<h3 dir="auto">${text(group.name)}</h3><ol class="kr-list kr-proposals">${list.join("")}</ol>`;
  });
  return notes(item.notes) + (groups.length > 0 ? groups.join("") : paragraphsOr([], empty));
}

function followUpRow(row: ReportFollowUpRow, noDue: string, origin: string[] = []): string {
  const due = row.due
    ? `<span class="kr-day">${escapeHtml(row.due.jalali)}</span><span class="kr-secondary kr-day">${escapeHtml(row.due.gregorian)}</span>`
    : escapeHtml(noDue);
  const cells = [
    `<td class="kr-number">${escapeHtml(row.number)}</td>`,
    `<td dir="auto">${row.item.map((line) => text(line)).join("<br>")}</td>`,
    ...origin,
    `<td dir="auto">${text(row.responsibleBody)}</td>`,
    `<td>${due}</td>`,
    `<td>${escapeHtml(row.status)}</td>`,
  ];
  return `<tr${anchor(row.id)}>${cells.join("")}</tr>`;
}

/** The earlier meeting's title, isolated from its day after it. */
const originCell = (row: ReportCarriedRow, unknown: string): string =>
  row.origin
    ? `<td dir="${textDirection(plain(row.origin.meeting)) ?? "auto"}"><bdi>${text(row.origin.meeting)}</bdi><span class="kr-secondary kr-day">${escapeHtml(row.origin.day)}</span></td>`
    : `<td>${escapeHtml(unknown)}</td>`;

/** This meeting's follow-ups, or the carried ones with the meeting each came from: a
 * table that scrolls in its own box where the page is narrower than it, as on a
 * phone, instead of widening the page. The box can take the keyboard's focus to
 * scroll; it is a group named by the part's heading, not a second region of that
 * name beside the part's own. */
function followUps(item: Part<"followUps"> | Part<"carryOver">, empty: string, headingId: string): string {
  const c = item.columns;
  const carried = item.kind === "carryOver";
  const labels = [c.number, c.item, ...(carried ? [item.originColumn] : []), c.responsibleBody, c.due, c.status];
  const head = labels.map((label) => `<th scope="col">${escapeHtml(label)}</th>`).join("");
  const rows = carried
    ? item.rows.map((row) => followUpRow(row, item.noDue, [originCell(row, item.unknownOrigin)]))
    : item.rows.map((row) => followUpRow(row, item.noDue));
  const table = `<div class="kr-table-scroll" role="group" tabindex="0" aria-labelledby="${headingId}"><table class="kr-table${carried ? " kr-carried" : ""}"><thead><tr>${head}</tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
  return notes(item.notes) + (rows.length > 0 ? table : paragraphsOr([], empty));
}

function part(item: ReportPart, index: number, empty: string): string {
  const id = `kr-part-${index + 1}`;
  const section = (heading: string, body: string): string =>
    `<section class="kr-part"${item.kind === "notes" ? anchor(item.id) : ""} aria-labelledby="${id}"><h2 id="${id}"${item.kind === "notes" ? ' dir="auto"' : ""}>${heading}</h2>${body}</section>`;
  switch (item.kind) {
    case "presentation":
      return section(escapeHtml(item.heading), presentation(item, empty));
    case "qa":
      return section(escapeHtml(item.heading), questionsAndAnswers(item, empty));
    case "proposals":
      return section(escapeHtml(item.heading), proposals(item, empty));
    case "resolutions":
      return section(escapeHtml(item.heading), resolutionsHtml(item, empty, { text, dirOf }));
    case "followUps":
    case "carryOver":
      return section(escapeHtml(item.heading), followUps(item, empty, id));
    case "notes":
      return section(text(item.heading), paragraphsOr(item.notes, empty));
    case "otherNotes":
      return section(escapeHtml(item.heading), notes(item.notes));
  }
}

function notice(options: ReportHtmlOptions): string {
  if (!options.notice) return "";
  const { link } = options.notice;
  const href = link ? linkTarget(link.href) : null;
  const anchor = link && href ? ` <a href="${escapeHtml(href)}">${escapeHtml(link.text)}</a>` : "";
  return `<aside class="kr-notice" role="note"><p>${escapeHtml(options.notice.text)}${anchor}</p></aside>`;
}

function header(outline: ReportOutline): string {
  const h = outline.header;
  const series = h.series ? `<p class="kr-series" dir="auto">${text(h.series)}</p>` : "";
  const session = h.session ? `<p class="kr-session">${escapeHtml(h.session)}</p>` : "";
  return `<header class="kr-header">${letterheadHtml(outline.letterhead)}<p class="kr-kind">${escapeHtml(h.kind)}</p>${series}${session}<h1 dir="auto">${text(h.title)}</h1>${facts(h.facts)}</header>`;
}

function footer({ footer: f }: ReportOutline): string {
  const hash = `<p><span class="kr-label">${escapeHtml(f.hash.label)}:</span> <code class="kr-hash" dir="ltr">${escapeHtml(f.hash.value)}</code></p>`;
  return `<footer class="kr-footer"><p class="kr-label">${escapeHtml(f.version)}</p>${facts(f.facts)}${hash}<p class="kr-hint">${escapeHtml(f.hash.hint)}</p></footer>`;
}

/** The report in a one-cell table whose thead, the running header, print repeats on every page. */
function article(outline: ReportOutline, options: ReportHtmlOptions): string {
  const body = outline.parts.map((item, index) => part(item, index, outline.empty)).join("");
  const running = `<thead><tr><td><div class="kr-running" dir="${dirOf(outline.runningHeader)}">${text(outline.runningHeader)}</div></td></tr></thead>`;
  const content = `${notice(options)}${header(outline)}${approvalHtml(outline.approval)}${attendanceHtml(outline.attendance, { text, dirOf })}<div class="kr-body">${body}</div>${footer(outline)}`;
  return `<article class="kateb-report" lang="${outline.locale}" dir="${outline.dir}"><table class="kr-frame" role="presentation">${running}<tbody><tr><td>${content}</td></tr></tbody></table></article>`;
}

/** The report's body and stylesheet, for a page that has its own <html> and <head>. */
export function renderReportFragment(input: ReportInput, options: Pick<ReportHtmlOptions, "notice"> = {}): ReportFragment {
  const outline = buildReportOutline(input);
  return { lang: outline.locale, dir: outline.dir, title: outline.title, css: `${reportStylesheet(outline.locale)}\n${LETTERHEAD_STYLE}\n${ATTENDANCE_RULES}\n${APPROVAL_STYLESHEET}\n${RESOLUTION_RULES}`, html: article(outline, options) };
}

/** The report as a complete, self-contained HTML document (no script, no external resource). */
export function renderReportHtml(input: ReportInput, options: ReportHtmlOptions = {}): string {
  const fragment = renderReportFragment(input, options);
  const robots = options.indexable ? "" : `<meta name="robots" content="noindex">`;
  // The same policy as the published page's header, for a file opened on its
  // own; frame-ancestors is for headers only, so a <meta> leaves it out.
  const csp = REPORT_CSP.split(";")
    .map((directive) => directive.trim())
    .filter((directive) => !directive.startsWith("frame-ancestors"))
    .join("; ");
  return `<!doctype html>
<html lang="${fragment.lang}" dir="${fragment.dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${robots}
${options.siteIcon ? SITE_ICON_LINK : ""}
<title>${escapeHtml(fragment.title)}</title>
<style>
${options.servedFont ? REPORT_FONT_FACE : ""}
body { margin: 0; background: #fff; }
${options.downloads ? DOWNLOAD_BAR_STYLE : ""}
${fragment.css}
</style>
</head>
<body>
${downloadBar(options.downloads)}
${fragment.html}
</body>
</html>
`;
}
