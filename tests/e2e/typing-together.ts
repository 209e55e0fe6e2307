// Helpers for two people typing at the same caret in two browsers: a seeded
// random pace, the caret put exactly where a click would put it, and the text
// of one block as its reader sees it (without the others' caret labels).
import type { Page } from "@playwright/test";

export const EDITOR_LABEL = "متن صورت‌جلسه";

export { seededRandom } from "@/lib/seeded-random";

/** Types `text` one key at a time, waiting 60–250 ms (a person's pace) between keys. */
export async function typeAtHumanPace(page: Page, text: string, random: () => number): Promise<void> {
  for (const key of text) {
    await page.keyboard.type(key);
    await new Promise((resolve) => setTimeout(resolve, 60 + Math.floor(random() * 190)));
  }
}

/** Where in the block holding `marker` the caret goes: its start, its end, or after `after`. */
export type CaretSpot = { at: "start" } | { at: "end" } | { at: "after"; text: string };

/** The selector of the blocks a trial types in: paragraphs and Q&A fields. */
const BLOCKS = "p, .qa-part__text";

/** Puts the caret into the last block whose text holds `marker`, as the DOM selection (what a click does). */
export async function placeCaret(page: Page, marker: string, spot: CaretSpot): Promise<void> {
  await page.evaluate(
    ({ label, blocks, marker, spot }) => {
      const root = document.querySelector<HTMLElement>(`[role="textbox"][aria-label="${label}"]`);
      if (!root) throw new Error("no editor");
      const textNodes = (element: Element): Text[] => {
        const found: Text[] = [];
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
          acceptNode: (node) =>
            node.parentElement?.closest(".collaboration-carets__caret, [contenteditable='false']") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
        });
        for (let node = walker.nextNode(); node; node = walker.nextNode()) found.push(node as Text);
        return found;
      };
      const candidates = [...root.querySelectorAll(blocks)].filter((element) =>
        textNodes(element).map((node) => node.data).join("").includes(marker),
      );
      const block = candidates.at(-1);
      if (!block) throw new Error(`no block holds ${marker}`);
      const nodes = textNodes(block);
      const whole = nodes.map((node) => node.data).join("");
      let offset = spot.at === "start" ? 0 : spot.at === "end" ? whole.length : whole.indexOf(spot.text) + spot.text.length;
      if (spot.at === "after" && whole.indexOf(spot.text) < 0) throw new Error(`no ${spot.text} in ${whole}`);
      root.focus();
      for (const node of nodes) {
        if (offset <= node.data.length) {
          window.getSelection()?.collapse(node, offset);
          return;
        }
        offset -= node.data.length;
      }
      throw new Error("offset beyond the block");
    },
    { label: EDITOR_LABEL, blocks: BLOCKS, marker, spot },
  );
  // Let ProseMirror read the new selection before anything else happens.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The text of the last block holding `marker`, or null; the others' caret labels left out. */
export async function blockText(page: Page, marker: string): Promise<string | null> {
  return page.evaluate(
    ({ label, blocks, marker }) => {
      const root = document.querySelector(`[role="textbox"][aria-label="${label}"]`);
      if (!root) return null;
      const read = (element: Element): string => {
        const copy = element.cloneNode(true) as Element;
        copy.querySelectorAll(".collaboration-carets__caret, [contenteditable='false']").forEach((node) => node.remove());
        return copy.textContent ?? "";
      };
      const texts = [...root.querySelectorAll(blocks)].map(read).filter((text) => text.includes(marker));
      return texts.at(-1) ?? null;
    },
    { label: EDITOR_LABEL, blocks: BLOCKS, marker },
  );
}

/** The whole minutes as text, block by block; the others' caret labels and the blocks' own fields left out. */
export async function minutesText(page: Page): Promise<string> {
  return page.evaluate((label) => {
    const root = document.querySelector(`[role="textbox"][aria-label="${label}"]`);
    if (!root) return "";
    const copy = root.cloneNode(true) as Element;
    copy.querySelectorAll(".collaboration-carets__caret, [contenteditable='false']").forEach((node) => node.remove());
    return [...copy.querySelectorAll("h1, h2, h3, h4, p, .qa-part__text, li")].map((node) => node.textContent ?? "").join("\n");
  }, EDITOR_LABEL);
}

/** Types `text` as an input method does: each word composed a key at a time
 * (60–250 ms a key), then committed. */
export async function composeAtHumanPace(page: Page, text: string, random: () => number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (const word of text.split(/(?<= )/)) {
    for (let length = 1; length <= word.length; length++) {
      await cdp.send("Input.imeSetComposition", { text: word.slice(0, length), selectionStart: length, selectionEnd: length });
      await new Promise((resolve) => setTimeout(resolve, 60 + Math.floor(random() * 190)));
    }
    await cdp.send("Input.insertText", { text: word });
  }
  await cdp.detach();
}
