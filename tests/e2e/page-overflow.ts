// Whether a page fits its viewport: how wide its content is, and the elements
// that reach past the screen's edges (what scrolls inside its own box, as the
// report's tables do on a phone, is within the screen).
import type { Page } from "@playwright/test";

/** How wide the page's content is, and the elements that reach past the screen's edges. */
export function overflow(page: Page): Promise<{ scrollWidth: number; outside: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const outside: string[] = [];
    for (const element of document.querySelectorAll("body *")) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || (box.right <= width + 0.5 && box.left >= -0.5)) continue;
      // What scrolls inside its own box is within the screen; its content is not the page's.
      if (element.closest(".kr-table-scroll") && !element.classList.contains("kr-table-scroll")) continue;
      outside.push(`${element.tagName.toLowerCase()}.${element.className} ${Math.round(box.left)}…${Math.round(box.right)}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, outside: outside.slice(0, 10) };
  });
}
