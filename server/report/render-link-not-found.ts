// The page a revoked or unknown published link (/r/<token>) answers with 404:
// a whole HTML document in Persian and English (the reader's language first),
// with its style inline and no script, so that it reads under the report's
// Content-Security-Policy. It says the same for a revoked link as for one that
// never was.
import { direction, LOCALES, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { escapeHtml } from "./escape-html";
import { REPORT_FONT_FAMILY } from "./report-stylesheet";
import { SITE_ICON_LINK } from "./site-icon";

const STYLE = `
html { background: #f3f4f6; color: #1b1b1b; }
body { margin: 0; padding: 12vh 1rem 2rem; font-family: ${REPORT_FONT_FAMILY}; line-height: 1.8; }
main { box-sizing: border-box; max-width: 38rem; margin: 0 auto; padding: 2rem 2.25rem; background: #fff; border-top: 4px solid #163a5f; border-radius: 6px; box-shadow: 0 1px 3px rgba(0, 0, 0, 0.12); }
.brand { margin: 0 0 1.25rem; color: #163a5f; font-weight: 700; }
section + section { margin-top: 1.5rem; padding-top: 1.25rem; border-top: 1px solid #e5e7eb; }
h1, h2 { margin: 0 0 0.5rem; font-size: 1.35rem; line-height: 1.5; }
p { margin: 0; }
[lang="en"] { font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.6; }
`;

export function renderLinkNotFoundHtml(first: Locale): string {
  const locales = [first, ...LOCALES.filter((locale) => locale !== first)];
  const parts = locales.map((locale, index) => {
    const t = translator(locale);
    const heading = index === 0 ? "h1" : "h2";
    return `<section lang="${locale}" dir="${direction(locale)}"><${heading}>${escapeHtml(t("publication.notFound.title"))}</${heading}><p>${escapeHtml(t("publication.notFound.body"))}</p></section>`;
  });
  const title = locales.map((locale) => translator(locale)("publication.notFound.title")).join(" · ");
  const brand = locales.map((locale) => translator(locale)("app.name")).join(" · ");
  return `<!doctype html>
<html lang="${first}" dir="${direction(first)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
${SITE_ICON_LINK}
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="brand">${escapeHtml(brand)}</p>
${parts.join("\n")}
</main>
</body>
</html>
`;
}
