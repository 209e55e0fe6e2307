// The report as a Word document (docx): A4, Vazirmatn named for every script,
// paragraphs right-to-left in a Persian report (and any Persian paragraph in an
// English one), Persian runs marked right-to-left and English runs not, the
// follow-ups as a real table, and the version, lock date and hash in the footer.
// A user text that shares its line with other words (after a label, between
// separators, after a number) is isolated between U+2068 and U+2069, plain
// text's <bdi>, as the HTML puts it in a <bdi>; one alone in its paragraph is
// isolated by the paragraph.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from "docx";
import { safeLinkTarget } from "@/lib/report/link-target";
import { hasRtlLetters, textDirection } from "@/lib/report/text-direction";
import { buildReportOutline } from "./report-model";
import type { ReportCarriedRow, ReportFact, ReportFollowUpRow, ReportInput, ReportOutline, ReportPart, ReportSegment, ReportText } from "./report-types";
import { plain } from "./report-text";

export const DOCX_FONT = "Vazirmatn";
const FONT = { ascii: DOCX_FONT, hAnsi: DOCX_FONT, cs: DOCX_FONT, eastAsia: DOCX_FONT };
const INK = "1B1B1B";
const BRAND = "123C5A";
const MUTED = "555555";
/** A4 in twentieths of a point, and margins of about 18 mm. */
const PAGE = { width: 11906, height: 16838, margin: 1020 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

interface Style {
  bold?: boolean;
  /** In points. */
  size?: number;
  color?: string;
}

interface Context {
  rtl: boolean;
}

// A run of Latin text: starts with a letter, ends with a letter or digit, and
// holds only printable ASCII between.
const LATIN_RUN = /[A-Za-z](?:[\x20-\x7e]*[A-Za-z0-9])?/g;

/** Text split into runs by direction, so Word sets Persian right-to-left and English left-to-right. */
function directionalRuns(text: string, rtlParagraph: boolean): Array<{ text: string; rtl: boolean }> {
  const runs: Array<{ text: string; rtl: boolean }> = [];
  const push = (part: string, latin: boolean): void => {
    if (part) runs.push({ text: part, rtl: !latin && (rtlParagraph || hasRtlLetters(part)) });
  };
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    push(text.slice(last, match.index), false);
    push(match[0], true);
    last = match.index + match[0].length;
  }
  push(text.slice(last), false);
  return runs;
}

function textRuns(text: string, rtlParagraph: boolean, style: Style, character?: string): TextRun[] {
  return directionalRuns(text, rtlParagraph).map((run) => {
    const options: IRunOptions = {
      text: run.text,
      font: FONT,
      rightToLeft: run.rtl,
      bold: style.bold,
      boldComplexScript: style.bold,
      size: style.size === undefined ? undefined : style.size * 2,
      sizeComplexScript: style.size === undefined ? undefined : style.size * 2,
      color: style.color,
      language: { value: "en-US", bidirectional: "fa-IR" },
      style: character,
    };
    return new TextRun(options);
  });
}

/** First strong isolate and pop directional isolate. */
const ISOLATE = { start: "\u2068", end: "\u2069" };

/** Whether a paragraph of this text reads right-to-left: always in a Persian report, by its first letter in an English one. */
const isRtl = (context: Context, text: string): boolean => context.rtl || textDirection(text) === "rtl";

function segmentRuns(segment: ReportSegment, rtlParagraph: boolean, style: Style): ParagraphChild[] {
  const href = segment.href === undefined ? null : safeLinkTarget(segment.href);
  const runs = textRuns(segment.text, rtlParagraph, href ? { ...style, color: BRAND } : style, href ? "Hyperlink" : undefined);
  return href ? [new ExternalHyperlink({ link: href, children: runs })] : runs;
}

/** A paragraph's runs; where `shared` (a label goes before) or Kateb's words
 * stand between user texts, each user text between ISOLATE's two. */
function inline(segments: ReportText, rtlParagraph: boolean, style: Style, shared = false): ParagraphChild[] {
  const isolate = shared || segments.some((segment) => segment.own);
  const children: ParagraphChild[] = [];
  let inField = false;
  const mark = (control: string): void => {
    children.push(...textRuns(control, rtlParagraph, style));
  };
  for (const segment of segments) {
    if (isolate && !segment.own && !inField) mark(ISOLATE.start);
    if (isolate && segment.own && inField) mark(ISOLATE.end);
    inField = isolate && !segment.own;
    children.push(...segmentRuns(segment, rtlParagraph, style));
  }
  if (inField) mark(ISOLATE.end);
  return children;
}

interface ParagraphOptions extends Style {
  heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel];
  label?: string;
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
  indent?: boolean;
  after?: number;
}

function paragraph(context: Context, segments: ReportText, options: ParagraphOptions = {}): Paragraph {
  const rtl = isRtl(context, `${options.label ?? ""}${plain(segments)}`);
  const label = options.label ? textRuns(`${options.label}: `, rtl, { ...options, bold: true }) : [];
  return new Paragraph({
    bidirectional: rtl,
    heading: options.heading,
    alignment: options.alignment,
    indent: options.indent ? { start: 360 } : undefined,
    spacing: options.after === undefined ? undefined : { after: options.after },
    children: [...label, ...inline(segments, rtl, options, label.length > 0)],
  });
}

const words = (text: string): ReportText => [{ text }];

function facts(context: Context, list: ReportFact[], style: Style = {}): Paragraph[] {
  return list.flatMap((fact) =>
    fact.lines.map((line, index) =>
      index === 0 ? paragraph(context, line, { ...style, label: fact.label, after: 40 }) : paragraph(context, line, { ...style, indent: true, after: 40 }),
    ),
  );
}

function paragraphsOr(context: Context, list: ReportText[], empty: string): Paragraph[] {
  return list.length > 0 ? list.map((line) => paragraph(context, line)) : [paragraph(context, words(empty), { color: MUTED })];
}

function followUpCells(context: Context, row: ReportFollowUpRow, noDue: string, extra: Paragraph[][] = []): Paragraph[][] {
  return [
    [paragraph(context, words(row.number), { size: 10 })],
    row.item.map((line) => paragraph(context, line, { size: 10 })),
    ...extra,
    [paragraph(context, row.responsibleBody, { size: 10 })],
    row.due
      ? [paragraph(context, words(row.due.jalali), { size: 10 }), paragraph(context, words(row.due.gregorian), { size: 9, color: MUTED })]
      : [paragraph(context, words(noDue), { size: 10 })],
    [paragraph(context, words(row.status), { size: 10 })],
  ];
}

function originCell(context: Context, row: ReportCarriedRow, unknown: string): Paragraph[] {
  if (!row.origin) return [paragraph(context, words(unknown), { size: 10 })];
  return [paragraph(context, row.origin.meeting, { size: 10 }), paragraph(context, words(row.origin.day), { size: 9, color: MUTED })];
}

/** This meeting's follow-ups, or the carried ones with the meeting each came from, as a real table. */
function followUpTable(context: Context, item: Extract<ReportPart, { kind: "followUps" | "carryOver" }>): Table {
  const c = item.columns;
  const carried = item.kind === "carryOver";
  const shares = carried ? [0.06, 0.3, 0.24, 0.17, 0.13, 0.1] : [0.07, 0.37, 0.26, 0.18, 0.12];
  const widths = shares.map((share) => Math.round(share * TEXT_WIDTH));
  const cell = (children: Paragraph[], index: number, header = false): TableCell =>
    new TableCell({
      children,
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      shading: header ? { type: ShadingType.CLEAR, fill: "EEF1F5", color: "auto" } : undefined,
    });
  const labels = [c.number, c.item, ...(carried ? [item.originColumn] : []), c.responsibleBody, c.due, c.status];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: labels.map((label, index) => cell([paragraph(context, words(label), { bold: true, size: 10 })], index, true)),
  });
  const cells = carried
    ? item.rows.map((row) => followUpCells(context, row, item.noDue, [originCell(context, row, item.unknownOrigin)]))
    : item.rows.map((row) => followUpCells(context, row, item.noDue));
  const rows = cells.map((children) => new TableRow({ cantSplit: true, children: children.map((paragraphs, index) => cell(paragraphs, index)) }));
  const line = { style: BorderStyle.SINGLE, size: 4, color: "777777" };
  return new Table({
    rows: [header, ...rows],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    visuallyRightToLeft: context.rtl,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
  });
}

function part(context: Context, item: ReportPart, empty: string): Array<Paragraph | Table> {
  const heading = (text: ReportText): Paragraph => paragraph(context, text, { heading: HeadingLevel.HEADING_2 });
  const subheading = (text: ReportText): Paragraph => paragraph(context, text, { heading: HeadingLevel.HEADING_3 });
  const notes = item.notes.map((line) => paragraph(context, line));
  switch (item.kind) {
    case "presentation":
      return [
        heading(words(item.heading)),
        ...notes,
        ...(item.topics.length === 0 ? paragraphsOr(context, [], empty) : []),
        ...item.topics.flatMap((topic) => [subheading([{ text: `${topic.number}. `, own: true }, ...topic.title]), ...paragraphsOr(context, topic.paragraphs, empty)]),
      ];
    case "qa":
      return [
        heading(words(item.heading)),
        ...notes,
        ...(item.items.length === 0 ? paragraphsOr(context, [], empty) : []),
        ...item.items.flatMap((qa) => [
          subheading(words(`${qa.number}. ${item.labels.question}`)),
          ...(qa.askedBy ? [paragraph(context, qa.askedBy, { label: item.labels.askedBy, color: MUTED })] : []),
          ...qa.question.map((line) => paragraph(context, line)),
          paragraph(context, words(item.labels.answer), { bold: true }),
          ...(qa.answeredBy ? [paragraph(context, qa.answeredBy, { label: item.labels.answeredBy, color: MUTED })] : []),
          ...qa.answer.map((line) => paragraph(context, line, { indent: true })),
          ...(qa.deferred ? [paragraph(context, words(qa.deferred), { color: MUTED, indent: true })] : []),
        ]),
      ];
    case "proposals":
      return [
        heading(words(item.heading)),
        ...notes,
        ...(item.groups.length === 0 ? paragraphsOr(context, [], empty) : []),
        ...item.groups.flatMap((group) => [
          subheading(group.name),
          ...group.proposals.flatMap((proposal) =>
            (proposal.paragraphs.length > 0 ? proposal.paragraphs : [words(empty)]).map((line, index) =>
              paragraph(context, index === 0 ? [{ text: `${proposal.number}. `, own: true }, ...line] : line, { indent: index > 0 }),
            ),
          ),
        ]),
      ];
    case "followUps":
    case "carryOver":
      return [heading(words(item.heading)), ...notes, ...(item.rows.length > 0 ? [followUpTable(context, item)] : paragraphsOr(context, [], empty))];
    case "notes":
      return [heading(item.heading), ...paragraphsOr(context, item.notes, empty)];
    case "otherNotes":
      return [heading(words(item.heading)), ...notes];
  }
}

function pageFooter(context: Context, outline: ReportOutline): Footer {
  const { footer } = outline;
  const small = { size: 8, color: MUTED };
  const locked = footer.facts[0];
  const lockedText = locked ? locked.lines.map(plain).join(" — ") : "";
  const hashLine = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      ...textRuns(`${footer.hash.label}: `, context.rtl, { ...small, bold: true }),
      new TextRun({ text: footer.hash.value, font: "Consolas", size: 14, color: MUTED, rightToLeft: false }),
    ],
  });
  return new Footer({
    children: [
      paragraph(context, words(`${footer.version} · ${lockedText}`), { ...small, alignment: AlignmentType.CENTER, after: 0 }),
      hashLine,
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES], font: FONT, size: 16, color: MUTED })],
      }),
    ],
  });
}

function documentOf(outline: ReportOutline): Document {
  const context: Context = { rtl: outline.dir === "rtl" };
  const { header, footer } = outline;
  const titleBlock = [
    paragraph(context, words(header.kind), { alignment: AlignmentType.CENTER, size: 10, color: MUTED, after: 0 }),
    ...(header.series ? [paragraph(context, header.series, { alignment: AlignmentType.CENTER, size: 11, after: 60 })] : []),
    paragraph(context, header.title, { heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER }),
    ...facts(context, header.facts),
  ];
  const closing = [
    paragraph(context, words(footer.version), { heading: HeadingLevel.HEADING_2 }),
    ...facts(context, footer.facts, { size: 10 }),
    new Paragraph({
      bidirectional: context.rtl,
      children: [
        ...textRuns(`${footer.hash.label}: `, context.rtl, { bold: true, size: 10 }),
        new TextRun({ text: footer.hash.value, font: "Consolas", size: 18, rightToLeft: false }),
      ],
    }),
    paragraph(context, words(footer.hash.hint), { size: 9, color: MUTED }),
  ];
  const headingStyle = (size: number, color: string) => ({
    run: { font: FONT, size: size * 2, sizeComplexScript: size * 2, bold: true, boldComplexScript: true, color },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
  });
  return new Document({
    title: outline.title,
    creator: "Kateb",
    description: `${header.kind} · ${footer.version} · SHA-256 ${footer.hash.value}`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, sizeComplexScript: 22, color: INK, language: { value: "en-US", bidirectional: "fa-IR" } },
          paragraph: { spacing: { after: 100, line: 320 } },
        },
        heading1: headingStyle(16, INK),
        heading2: headingStyle(14, BRAND),
        heading3: headingStyle(12, INK),
      },
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } },
        headers: {
          default: new Header({ children: [paragraph(context, outline.runningHeader, { size: 8, color: MUTED, alignment: AlignmentType.CENTER })] }),
        },
        footers: { default: pageFooter(context, outline) },
        children: [...titleBlock, ...outline.parts.flatMap((item) => part(context, item, outline.empty)), ...closing],
      },
    ],
  });
}

/** The report as a .docx file. */
export async function renderReportDocx(input: ReportInput): Promise<Buffer> {
  return Packer.toBuffer(documentOf(buildReportOutline(input)));
}
