// The letterhead atop the report in each format: the logo (at most 18 mm
// tall: 68 px at 96 per inch), then the organisation and the unit, centred.
// HTML embeds the logo as a data: address (the report loads nothing from
// elsewhere); DOCX embeds the image in the document. (Markdown prints the
// two lines only, render-markdown.ts: most Markdown readers show no data: image.)
import { AlignmentType, ImageRun, LineRuleType, Paragraph } from "docx";
import { paragraph, type Context } from "./docx-paragraphs";
import { MUTED } from "./docx-theme";
import { escapeHtml } from "./escape-html";
import { plain } from "./report-text";
import type { ReportLetterhead } from "./report-types";

const LOGO_HEIGHT_PX = 68;
const LOGO_MAX_WIDTH_PX = 240;

/** The logo's printed size in pixels, keeping its proportions. */
export function logoSize(logo: { width: number; height: number }): { width: number; height: number } {
  const scale = Math.min(LOGO_HEIGHT_PX / logo.height, LOGO_MAX_WIDTH_PX / logo.width, 1);
  return { width: Math.max(1, Math.round(logo.width * scale)), height: Math.max(1, Math.round(logo.height * scale)) };
}

export function letterheadHtml(letterhead: ReportLetterhead | null): string {
  if (!letterhead) return "";
  const { logo, organisation, unit } = letterhead;
  const image = logo
    ? (() => {
        const size = logoSize(logo);
        return `<img class="kr-logo" src="data:${escapeHtml(logo.mime)};base64,${Buffer.from(logo.bytes).toString("base64")}" alt="${escapeHtml(logo.alt)}" width="${size.width}" height="${size.height}">`;
      })()
    : "";
  const line = (text: ReportLetterhead["organisation"], className: string): string =>
    text ? `<p class="${className}" dir="auto">${escapeHtml(plain(text))}</p>` : "";
  return `<div class="kr-letterhead">${image}${line(organisation, "kr-organisation")}${line(unit, "kr-unit")}</div>`;
}

export const LETTERHEAD_STYLE = `
.kateb-report .kr-letterhead { text-align: center; margin-block-end: 1.2em; padding-block-end: 0.6em; border-block-end: 0.75pt solid #123c5a; }
.kateb-report .kr-logo { display: block; margin: 0 auto 0.3em; max-inline-size: 100%; block-size: auto; }
.kateb-report .kr-organisation { margin: 0; font-size: 13pt; font-weight: 700; color: #123c5a; }
.kateb-report .kr-unit { margin: 0; font-size: 11pt; color: #333; }
`.trim();

export function letterheadDocx(context: Context, letterhead: ReportLetterhead | null): Paragraph[] {
  if (!letterhead) return [];
  const { logo, organisation, unit } = letterhead;
  const image = logo
    ? [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          // Single, as tall as the image: the report's 1.33-line spacing would
          // crop an inline image to one line's height in LibreOffice.
          spacing: { line: 240, lineRule: LineRuleType.AUTO, after: 60 },
          children: [
            new ImageRun({
              type: logo.mime === "image/png" ? "png" : "jpg",
              data: logo.bytes,
              transformation: logoSize(logo),
              altText: { name: logo.alt, description: logo.alt, title: logo.alt },
            }),
          ],
        }),
      ]
    : [];
  return [
    ...image,
    ...(organisation ? [paragraph(context, organisation, { alignment: AlignmentType.CENTER, bold: true, size: 13, after: 0 })] : []),
    ...(unit ? [paragraph(context, unit, { alignment: AlignmentType.CENTER, size: 11, color: MUTED, after: 120 })] : []),
  ];
}
