// The report's stylesheet: formal typography in Vazirmatn, each paragraph in
// its own direction, and for print an A4 page with page numbers, a running
// header repeated on every page (the thead of the frame table) and tables that
// do not split a row. On a phone the report is as wide as the screen: long
// words wrap and the follow-up tables scroll in their own box. Scoped to
// .kateb-report so a page can embed it.
import type { Locale } from "@/lib/i18n/locales";

export const REPORT_FONT_FAMILY = "Vazirmatn, Tahoma, sans-serif";

/** The A4 page, its margins and its page numbers. */
function pageRules(locale: Locale): string {
  // Page numbers in the report's digits ("persian" is a predefined counter style).
  const counterStyle = locale === "fa" ? ", persian" : "";
  return `
@page {
  size: A4;
  margin: 18mm 17mm 20mm;
  @bottom-center {
    content: counter(page${counterStyle}) " / " counter(pages${counterStyle});
    font-family: ${REPORT_FONT_FAMILY};
    font-size: 9pt;
    color: #555;
  }
}
`.trim();
}

/** The report's typography: page width, font, paragraphs each in its own direction, headings that stay with what follows. */
const TYPOGRAPHY = `
.kateb-report {
  box-sizing: border-box;
  max-width: 210mm;
  margin: 0 auto;
  padding: 14mm 16mm;
  background: #fff;
  color: #1b1b1b;
  font-family: ${REPORT_FONT_FAMILY};
  font-size: 12pt;
  line-height: 1.9;
  text-align: start;
  overflow-wrap: break-word;
}
.kateb-report *, .kateb-report *::before, .kateb-report *::after { box-sizing: inherit; }
.kateb-report [dir="auto"] { unicode-bidi: plaintext; text-align: start; }
.kateb-report p { margin: 0 0 0.5em; }
.kateb-report h1, .kateb-report h2, .kateb-report h3 { line-height: 1.5; break-after: avoid; page-break-after: avoid; }
.kateb-report h1 { font-size: 17pt; margin: 0.2em 0 0.6em; }
.kateb-report h2 { font-size: 14pt; margin: 1.4em 0 0.6em; padding-block-end: 0.2em; border-block-end: 1.5pt solid #123c5a; color: #123c5a; }
.kateb-report h3 { font-size: 12.5pt; margin: 1em 0 0.4em; }
.kateb-report a { color: #123c5a; }
`.trim();

/** The print frame whose thead repeats the running header on every page, the notice, and the title block with its facts. */
const HEADER_RULES = `
.kateb-report .kr-frame { width: 100%; border-collapse: collapse; table-layout: fixed; }
.kateb-report .kr-frame > thead > tr > td, .kateb-report .kr-frame > tbody > tr > td { padding: 0; }
.kateb-report .kr-frame > thead { display: none; }
.kateb-report .kr-running { padding-block-end: 3mm; margin-block-end: 5mm; border-block-end: 0.75pt solid #999; font-size: 9pt; color: #555; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.kateb-report .kr-notice { margin-block-end: 1em; padding: 0.6em 0.9em; border: 1pt solid #9a5b06; background: #fdf3e1; }
.kateb-report .kr-header { text-align: center; padding-block-end: 0.8em; border-block-end: 2.5pt double #123c5a; }
.kateb-report .kr-kind { margin: 0; font-size: 10pt; letter-spacing: 0.05em; color: #555; }
.kateb-report .kr-series { margin: 0.2em 0 0; font-size: 11pt; color: #333; }
.kateb-report .kr-header [dir="auto"] { text-align: center; }
.kateb-report .kr-facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.2em 1em; margin: 0.8em 0 0; text-align: start; }
.kateb-report .kr-facts > div { display: contents; }
.kateb-report .kr-facts dt { font-weight: 700; }
.kateb-report .kr-facts dd { margin: 0; }
.kateb-report .kr-facts dd > [dir] { display: block; text-align: start; }
`.trim();

/** The sections' texts: labels, numbers, lists that do not split an item, questions and answers, proposals. */
const BODY_RULES = `
.kateb-report .kr-label { font-weight: 700; }
.kateb-report .kr-number { font-variant-numeric: tabular-nums; font-weight: 700; }
.kateb-report .kr-empty { color: #666; }
.kateb-report .kr-list { list-style: none; margin: 0; padding: 0; }
.kateb-report .kr-list > li { margin-block-end: 0.7em; break-inside: avoid; page-break-inside: avoid; }
.kateb-report .kr-qa > li { padding-block-end: 0.6em; border-block-end: 0.5pt solid #ccc; }
.kateb-report .kr-who { color: #444; font-size: 10.5pt; }
.kateb-report .kr-answer { margin-inline-start: 1.2em; }
.kateb-report .kr-proposals > li { display: flex; gap: 0.5em; }
.kateb-report .kr-proposals > li > .kr-number { flex: none; }
.kateb-report .kr-proposals > li > div { min-width: 0; }
`.trim();

/** The follow-up tables, this meeting's and the carried ones: rows that do not split, a header repeated on every page. */
const TABLE_RULES = `
.kateb-report .kr-table-scroll { overflow-x: auto; }
.kateb-report .kr-table-scroll:focus-visible { outline: 2pt solid #123c5a; outline-offset: 2pt; }
.kateb-report table.kr-table { width: 100%; border-collapse: collapse; font-size: 10.5pt; }
.kateb-report .kr-table th, .kateb-report .kr-table td { border: 0.75pt solid #777; padding: 0.3em 0.5em; vertical-align: top; text-align: start; }
.kateb-report .kr-table th { background: #eef1f5; }
.kateb-report .kr-table thead { display: table-header-group; }
.kateb-report .kr-table tr { break-inside: avoid; page-break-inside: avoid; }
.kateb-report .kr-secondary { display: block; color: #555; font-size: 9.5pt; }
.kateb-report .kr-day { white-space: nowrap; }
.kateb-report .kr-table th:nth-child(1) { width: 7%; }
.kateb-report .kr-table th:nth-child(2) { width: 37%; }
.kateb-report .kr-table th:nth-child(3) { width: 26%; }
.kateb-report .kr-table th:nth-child(4) { width: 18%; }
.kateb-report .kr-carried th:nth-child(1) { width: 5%; }
.kateb-report .kr-carried th:nth-child(2) { width: 30%; }
.kateb-report .kr-carried th:nth-child(3) { width: 25%; }
.kateb-report .kr-carried th:nth-child(4) { width: 15%; }
.kateb-report .kr-carried th:nth-child(5) { width: 13%; }
.kateb-report .kr-carried th:nth-child(6) { width: 12%; }
`.trim();

/** The closing (version, lock and hash) and the highlighted target of a link into the report. */
const CLOSING_RULES = `
.kateb-report .kr-footer { margin-block-start: 2em; padding-block-start: 0.8em; border-block-start: 1.5pt solid #123c5a; font-size: 10pt; break-inside: avoid; page-break-inside: avoid; }
.kateb-report .kr-hash { font-family: ui-monospace, "DejaVu Sans Mono", Consolas, monospace; direction: ltr; unicode-bidi: isolate; word-break: break-all; }
.kateb-report .kr-hint { color: #555; font-size: 9pt; }
.kateb-report [id] { scroll-margin-block-start: 4rem; }
.kateb-report :target { outline: 2pt solid #9a5b06; outline-offset: 2pt; background: #fdf3e1; }
`.trim();

/** On a narrow screen (a phone): less margin, the facts' labels above their values,
 * and follow-up tables wide enough to read, scrolling in their own box. */
const NARROW_RULES = `
@media screen and (max-width: 40rem) {
  .kateb-report { padding: 6mm 4mm; font-size: 11.5pt; }
  .kateb-report .kr-facts { grid-template-columns: minmax(0, 1fr); gap: 0; }
  .kateb-report .kr-facts dd { margin-block-end: 0.4em; }
  .kateb-report table.kr-table { min-width: 34rem; }
  .kateb-report table.kr-carried { min-width: 42rem; }
}
`.trim();

/** On paper: the page's own margins, the running header shown, links as plain text. */
const PRINT_RULES = `
@media print {
  .kateb-report { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
  .kateb-report .kr-table-scroll { overflow: visible; }
  .kateb-report .kr-frame > thead { display: table-header-group; }
  .kateb-report a { color: inherit; text-decoration: none; }
}
`.trim();

export function reportStylesheet(locale: Locale): string {
  return [pageRules(locale), TYPOGRAPHY, HEADER_RULES, BODY_RULES, TABLE_RULES, CLOSING_RULES, NARROW_RULES, PRINT_RULES].join("\n");
}
