// The published page's bar of downloads (PDF, Word, Markdown) and its print
// link: plain links to files the server makes, so they work with JavaScript
// off. Not printed: on paper only the report is.
import { escapeHtml } from "./escape-html";

export interface DownloadBar {
  /** The bar's name, for screen readers and as its visible title. */
  label: string;
  links: Array<{ text: string; href: string }>;
}

// A path on this site ("/r/<token>/pdf"): no scheme, no host.
const SITE_PATH = /^\/(?!\/)[A-Za-z0-9\-._~/%?=&]*$/;

export function downloadBar(bar: DownloadBar | undefined): string {
  if (!bar) return "";
  const links = bar.links
    .filter((link) => SITE_PATH.test(link.href))
    .map((link) => `<li><a class="kr-download" href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></li>`);
  return `<nav class="kr-downloads" aria-label="${escapeHtml(bar.label)}"><ul>${links.join("")}</ul></nav>`;
}

export const DOWNLOAD_BAR_STYLE = `
.kr-downloads { max-inline-size: 48rem; margin: 0 auto; padding: 0.75rem 1rem 0; font-family: Vazirmatn, Tahoma, sans-serif; }
.kr-downloads ul { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0; padding: 0; list-style: none; }
.kr-download { display: inline-block; padding: 0.35rem 0.8rem; border: 1px solid #123c5a; border-radius: 0.4rem; color: #123c5a; text-decoration: none; font-size: 0.95rem; }
.kr-download:hover, .kr-download:focus-visible { background: #123c5a; color: #fff; }
.kr-download:focus-visible { outline: 3px solid #123c5a; outline-offset: 2px; }
@media print { .kr-downloads { display: none; } }
`.trim();
