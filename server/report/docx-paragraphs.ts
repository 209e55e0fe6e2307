// The DOCX report's paragraphs and runs: text split into runs by direction
// (Persian runs right-to-left, English runs not), each paragraph right-to-left
// in a Persian report or by its first letter in an English one, and a user
// text that shares its line with other words isolated between U+2068 and U+2069.
import { ExternalHyperlink, Paragraph, TextRun, type AlignmentType, type HeadingLevel, type IRunOptions, type ParagraphChild } from "docx";
import { safeLinkTarget } from "@/lib/report/link-target";
import { hasRtlLetters, textDirection } from "@/lib/report/text-direction";
import { BRAND, FONT, MUTED } from "./docx-theme";
import type { ReportFact, ReportSegment, ReportText } from "./report-types";
import { plain } from "./report-text";

export interface Style {
  bold?: boolean;
  /** In points. */
  size?: number;
  color?: string;
}

export interface Context {
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

export function textRuns(text: string, rtlParagraph: boolean, style: Style, character?: string): TextRun[] {
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

export interface ParagraphOptions extends Style {
  heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel];
  label?: string;
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
  indent?: boolean;
  after?: number;
}

export function paragraph(context: Context, segments: ReportText, options: ParagraphOptions = {}): Paragraph {
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

export const words = (text: string): ReportText => [{ text }];

export function facts(context: Context, list: ReportFact[], style: Style = {}): Paragraph[] {
  return list.flatMap((fact) =>
    fact.lines.map((line, index) =>
      index === 0 ? paragraph(context, line, { ...style, label: fact.label, after: 40 }) : paragraph(context, line, { ...style, indent: true, after: 40 }),
    ),
  );
}

export function paragraphsOr(context: Context, list: ReportText[], empty: string): Paragraph[] {
  return list.length > 0 ? list.map((line) => paragraph(context, line)) : [paragraph(context, words(empty), { color: MUTED })];
}

