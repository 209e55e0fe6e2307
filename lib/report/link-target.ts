// Where a link in a report or a comparison may point: web pages and mail
// addresses only. Anything else (javascript:, data:, relative paths) is no link.
const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/** The normalised target when `href` is an absolute http, https or mailto URL; null otherwise. */
export function safeLinkTarget(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return null;
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : null;
}

export interface TextSegment {
  text: string;
  /** An allowed link target (see safeLinkTarget); absent for plain text. */
  href?: string;
}

// A URL written in the text; the punctuation a sentence puts after it is not part of it.
const URL_IN_TEXT = /(?:https?:\/\/|mailto:)[^\s<>"'«»]+/giu;
const TRAILING_PUNCTUATION = /[.,;:!?،؛)\]}]+$/u;

/** Plain text as segments, the http, https and mailto addresses in it as links. */
export function linkifyText(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const written = match[0].replace(TRAILING_PUNCTUATION, "");
    const href = safeLinkTarget(written);
    if (!href || match.index === undefined) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ text: written, href });
    last = match.index + written.length;
  }
  if (last < text.length || segments.length === 0) segments.push({ text: text.slice(last) });
  return segments;
}
