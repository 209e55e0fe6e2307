// The report as Markdown (CommonMark with GFM tables). User text is escaped so
// that it stays text: Markdown syntax with a backslash, and the characters that
// open HTML as entities, since Markdown passes raw HTML through.
import { safeLinkTarget } from "@/lib/report/link-target";
import { buildReportOutline } from "./report-model";
import { attendanceMarkdown } from "./render-markdown-attendance";
import { approvalMarkdown } from "./render-markdown-approvals";
import type { ReportCarriedRow, ReportFact, ReportFollowUpRow, ReportInput, ReportOutline, ReportPart, ReportText } from "./report-types";

const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** User text with Markdown's inline syntax and HTML made literal. */
function escapeInline(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/[&<>]/g, (char) => HTML_ENTITIES[char] ?? char)
    .replace(/[\\`*_[\]|~#$!]/g, (char) => `\\${char}`);
}

/** What would start a list, a heading underline or a thematic break at the start of a line. */
function escapeLineStart(line: string): string {
  return line.replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}

/** One line of user text as Markdown that shows exactly that text. */
export function escapeMarkdown(line: string): string {
  return escapeLineStart(escapeInline(line).trim());
}

/** A link target in Markdown's angle brackets, with nothing in it that could end them. */
function markdownTarget(href: string): string {
  return href.replace(/[\s<>()[\]\\`'"]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

function text(segments: ReportText): string {
  const inline = segments.map((segment) => {
    const href = segment.href === undefined ? null : safeLinkTarget(segment.href);
    return href ? `[${escapeInline(segment.text)}](<${markdownTarget(href)}>)` : escapeInline(segment.text);
  });
  return escapeLineStart(inline.join("").trim());
}

const paragraphs = (list: ReportText[], empty: string): string[] =>
  list.length > 0 ? list.map((segments) => text(segments)) : [`*${escapeMarkdown(empty)}*`];

function facts(list: ReportFact[]): string[] {
  return list.map((fact) =>
    fact.lines.length === 1 && fact.lines[0]
      ? `- **${escapeMarkdown(fact.label)}:** ${text(fact.lines[0])}`
      : [`- **${escapeMarkdown(fact.label)}:**`, ...fact.lines.map((line) => `  - ${text(line)}`)].join("\n"),
  );
}

const cell = (value: string): string => value || " ";

function followUpCells(row: ReportFollowUpRow, noDue: string, extra: string[] = []): string[] {
  return [
    escapeMarkdown(row.number),
    row.item.map((line) => text(line)).join(" "),
    ...extra,
    text(row.responsibleBody),
    row.due ? `${escapeMarkdown(row.due.jalali)} (${escapeMarkdown(row.due.gregorian)})` : escapeMarkdown(noDue),
    escapeMarkdown(row.status),
  ].map(cell);
}

const originOf = (row: ReportCarriedRow, unknown: string): string =>
  row.origin ? `${text(row.origin.meeting)} (${escapeMarkdown(row.origin.day)})` : escapeMarkdown(unknown);

/** A GFM table of this meeting's follow-ups, or of the carried ones with the meeting each came from. */
function followUpTable(item: Extract<ReportPart, { kind: "followUps" | "carryOver" }>): string {
  const c = item.columns;
  const carried = item.kind === "carryOver";
  const header = [c.number, c.item, ...(carried ? [item.originColumn] : []), c.responsibleBody, c.due, c.status].map(escapeMarkdown);
  const rows = carried
    ? item.rows.map((row) => followUpCells(row, item.noDue, [originOf(row, item.unknownOrigin)]))
    : item.rows.map((row) => followUpCells(row, item.noDue));
  return [header, header.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

function part(item: ReportPart, empty: string): string[] {
  const notes = item.notes.map((segments) => text(segments));
  switch (item.kind) {
    case "presentation":
      return [
        `## ${escapeMarkdown(item.heading)}`,
        ...notes,
        ...(item.topics.length === 0 ? paragraphs([], empty) : []),
        ...item.topics.flatMap((topic) => [`### ${escapeMarkdown(topic.number)}. ${text(topic.title)}`, ...paragraphs(topic.paragraphs, empty)]),
      ];
    case "qa": {
      const who = (label: string, name: ReportText | null): string[] => (name ? [`**${escapeMarkdown(label)}:** ${text(name)}`] : []);
      return [
        `## ${escapeMarkdown(item.heading)}`,
        ...notes,
        ...(item.items.length === 0 ? paragraphs([], empty) : []),
        ...item.items.flatMap((qa) => [
          `### ${escapeMarkdown(qa.number)}. ${escapeMarkdown(item.labels.question)}`,
          ...who(item.labels.askedBy, qa.askedBy),
          ...qa.question.map((line) => text(line)),
          `**${escapeMarkdown(item.labels.answer)}**`,
          ...who(item.labels.answeredBy, qa.answeredBy),
          ...qa.answer.map((line) => text(line)),
          ...(qa.deferred ? [`*${escapeMarkdown(qa.deferred)}*`] : []),
        ]),
      ];
    }
    case "proposals":
      return [
        `## ${escapeMarkdown(item.heading)}`,
        ...notes,
        ...(item.groups.length === 0 ? paragraphs([], empty) : []),
        ...item.groups.flatMap((group) => [
          `### ${text(group.name)}`,
          group.proposals.map((proposal) => `- **${escapeMarkdown(proposal.number)}.** ${paragraphs(proposal.paragraphs, empty).join(" ")}`).join("\n"),
        ]),
      ];
    case "resolutions": {
      const { labels } = item;
      const fact = (label: string, value: string): string => `- **${escapeMarkdown(label)}:** ${value}`;
      return [
        `## ${escapeMarkdown(item.heading)}`,
        ...notes,
        ...(item.items.length === 0 ? paragraphs([], empty) : []),
        ...item.items.flatMap((resolution) => [
          `### ${escapeMarkdown(resolution.number)}`,
          ...paragraphs(resolution.paragraphs, empty),
          [
            ...(resolution.responsibleBody ? [fact(labels.responsibleBody, text(resolution.responsibleBody))] : []),
            ...(resolution.due ? [fact(labels.due, `${escapeMarkdown(resolution.due.jalali)} (${escapeMarkdown(resolution.due.gregorian)})`)] : []),
            fact(labels.status, escapeMarkdown(resolution.status)),
            ...(resolution.votes ? [fact(labels.votes, escapeMarkdown(resolution.votes))] : []),
          ].join("\n"),
        ]),
      ];
    }
    case "followUps":
    case "carryOver":
      return [`## ${escapeMarkdown(item.heading)}`, ...notes, ...(item.rows.length > 0 ? [followUpTable(item)] : paragraphs([], empty))];
    case "notes":
      return [`## ${text(item.heading)}`, ...paragraphs(item.notes, empty)];
    case "otherNotes":
      return [`## ${escapeMarkdown(item.heading)}`, ...notes];
  }
}

/** The letterhead's organisation and unit, without the logo: most Markdown readers show no data: image. */
function letterheadLines({ letterhead }: ReportOutline): string[] {
  const lines = [letterhead?.organisation ? `**${text(letterhead.organisation)}**` : "", letterhead?.unit ? text(letterhead.unit) : ""].filter(Boolean);
  return lines.length > 0 ? [lines.join("  \n")] : [];
}

export function renderReportMarkdown(input: ReportInput): string {
  const outline = buildReportOutline(input);
  const { header, footer } = outline;
  const hash = /^[0-9a-f]+$/i.test(footer.hash.value) ? `\`${footer.hash.value}\`` : escapeMarkdown(footer.hash.value);
  const blocks = [
    ...letterheadLines(outline),
    `*${escapeMarkdown(header.kind)}*${header.series ? ` — ${text(header.series)}` : ""}`,
    ...(header.session ? [`**${escapeMarkdown(header.session)}**`] : []),
    `# ${text(header.title)}`,
    facts(header.facts).join("\n"),
    ...approvalMarkdown(outline.approval, escapeMarkdown),
    ...attendanceMarkdown(outline.attendance, { text, escape: escapeMarkdown }),
    ...outline.parts.flatMap((item) => part(item, outline.empty)),
    "---",
    `**${escapeMarkdown(footer.version)}**`,
    [...facts(footer.facts), `- **${escapeMarkdown(footer.hash.label)}:** ${hash}`].join("\n"),
    `*${escapeMarkdown(footer.hash.hint)}*`,
  ];
  return `${blocks.join("\n\n")}\n`;
}
