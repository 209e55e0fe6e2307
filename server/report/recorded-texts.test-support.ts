// For tests: every text a minutes document records (each text node, each
// speaker's name, who asked and answered, each responsible body), and the text
// a reader finds in each output of the report (HTML without its markup and
// entities, Markdown without its escapes and link syntax, the DOCX's text
// runs), compared without white space: the outputs may break or join lines.
import type { JSONContent } from "@tiptap/core";
import JSZip from "jszip";
import { plainText } from "@/lib/editor/read-minutes";
import { SECTION_KINDS } from "@/lib/editor/nodes/section";
import { isTemplateHeading, templateHeaderLines, templateKey, type TemplateDetails } from "@/lib/editor/template-text";

export const comparable = (text: string): string => text.replace(/\s+/g, "");

const str = (value: unknown): string => (typeof value === "string" ? value : "");

/** The texts the report must show, each as `comparable` gives it. What the
 * report already says in its own words is left out: a section heading that is
 * the template's (the report's part heading stands for it) and the header
 * section's lines that the template wrote from the meeting's details. */
export function recordedTexts(doc: JSONContent, meeting: TemplateDetails): string[] {
  const out: string[] = [];
  const headerLines = templateHeaderLines(meeting);
  const add = (text: string): void => {
    const value = comparable(text);
    if (value) out.push(value);
  };
  const visit = (node: JSONContent, skip: boolean): void => {
    if (!skip) {
      if (typeof node.text === "string") add(node.text);
      if (node.type === "speakerStamp") add(str(node.attrs?.speaker));
      if (node.type === "qaItem") [node.attrs?.askedBy, node.attrs?.answeredBy].forEach((name) => add(str(name)));
      if (node.type === "followUp" || node.type === "resolution") add(str(node.attrs?.responsibleBody));
    }
    const children = node.content ?? [];
    if (node.type !== "section") return children.forEach((child) => visit(child, skip));
    const kind = SECTION_KINDS.find((known) => known === node.attrs?.kind) ?? "other";
    children.forEach((child, index) => {
      const said = plainText(child);
      const template =
        (index === 0 && child.type === "heading" && isTemplateHeading(kind, said)) ||
        (kind === "header" && index > 0 && child.type === "paragraph" && headerLines.has(templateKey(said)));
      visit(child, skip || template);
    });
  };
  visit(doc, false);
  return out;
}

const decodeEntities = (text: string): string =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, "&");

/** The text of an HTML fragment: no tags, entities decoded. */
export const htmlText = (html: string): string => comparable(decodeEntities(html.replace(/<[^>]*>/g, " ")));

// An escaped character, or a link: [words](<target>). Escapes are matched
// first, so that an escaped "[" never opens a link.
const MARKDOWN_LINK = /\\.|\[((?:\\.|[^\]\\\n])*)\]\(<[^>\n]*>\)/g;

/** The text of the Markdown: links as their words, backslash escapes and entities undone. */
export const markdownText = (markdown: string): string =>
  comparable(decodeEntities(markdown.replace(MARKDOWN_LINK, (whole, words?: string) => words ?? whole).replace(/\\(.)/g, "$1")));

/** The text of the DOCX's body: its text runs, in order. */
export async function docxText(docx: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return comparable([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((run) => decodeEntities(run[1] ?? "")).join(""));
}

/** The recorded texts not found in a rendering. */
export const missingFrom = (rendered: string, texts: readonly string[]): string[] => texts.filter((text) => !rendered.includes(text));
