// A section's heading is the agenda's, never the typist's: typing, Enter,
// paste, Backspace and Delete at a heading's edges act on the section's body
// and never change a heading; nothing is refused by the server on the way.
import { expect, signIn, test, type Page } from "./fixtures";
import { createMeeting } from "./new-meeting";
import { EDITOR_LABEL } from "./typing-together";

const QA = "پرسش و پاسخ";
const TOPIC = "وضعیت اورژانس اجتماعی";

/** Every section heading's text, in order, as the page shows it. */
async function headings(page: Page): Promise<string[]> {
  return page.evaluate((label) => {
    const root = document.querySelector(`[role="textbox"][aria-label="${label}"]`);
    if (!root) return [];
    return [...root.querySelectorAll("section > h1, section > h2, section > h3, section > h4")].map((heading) => {
      const copy = heading.cloneNode(true) as Element;
      copy.querySelectorAll(".collaboration-carets__caret").forEach((node) => node.remove());
      return copy.textContent ?? "";
    });
  }, EDITOR_LABEL);
}

/** The text of the section whose heading is `title`, its body only, block by block. */
async function sectionBody(page: Page, title: string): Promise<string[]> {
  return page.evaluate(
    ({ label, title }) => {
      const root = document.querySelector(`[role="textbox"][aria-label="${label}"]`);
      const heading = [...(root?.querySelectorAll("section > h1, section > h2, section > h3") ?? [])].find((node) => node.textContent === title);
      const section = heading?.parentElement;
      if (!section) return [];
      return [...section.children].filter((child) => child !== heading && child.tagName === "P").map((child) => child.textContent ?? "");
    },
    { label: EDITOR_LABEL, title },
  );
}

/** Puts the caret at the start or end of the heading `title`, or at the start of the block after it. */
async function caretAt(page: Page, title: string, where: "heading-start" | "heading-end" | "body-start"): Promise<void> {
  await page.evaluate(
    ({ label, title, where }) => {
      const root = document.querySelector<HTMLElement>(`[role="textbox"][aria-label="${label}"]`);
      const heading = [...(root?.querySelectorAll("section > h1, section > h2, section > h3") ?? [])].find((node) => node.textContent === title);
      if (!root || !heading) throw new Error(`no heading ${title}`);
      const target = where === "body-start" ? heading.nextElementSibling : heading;
      if (!target) throw new Error("nothing after the heading");
      root.focus();
      const selection = window.getSelection();
      selection?.selectAllChildren(target);
      if (where === "heading-end") selection?.collapseToEnd();
      else selection?.collapseToStart();
    },
    { label: EDITOR_LABEL, title, where },
  );
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Pastes `html` at the caret, as the browser does when the clipboard holds copied paragraphs. */
async function paste(page: Page, html: string, plain: string): Promise<void> {
  await page.evaluate(
    ({ label, html, plain }) => {
      const root = document.querySelector(`[role="textbox"][aria-label="${label}"]`);
      const data = new DataTransfer();
      data.setData("text/html", html);
      data.setData("text/plain", plain);
      root?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { label: EDITOR_LABEL, html, plain },
  );
}

test("typing, Enter, paste, Backspace and Delete at a heading's edges never change a heading", async ({ browser, baseURL }) => {
  const meetingId = await createMeeting(browser, baseURL, "نشست آزمون لبهٔ عنوان‌ها", ["notetaker1@kateb.local"]);
  const context = await browser.newContext({ baseURL, viewport: { width: 1300, height: 1000 } });
  const page = await context.newPage();
  await signIn(page, "notetaker1@kateb.local");
  await page.goto(`/meetings/${meetingId}`);
  const status = page.getByRole("status", { name: "وضعیت اتصال" });
  await expect(status).toContainText("متصل");
  await expect(page.getByRole("textbox", { name: EDITOR_LABEL })).toHaveAttribute("contenteditable", "true");
  const original = await headings(page);
  expect(original).toContain(QA);
  expect(original).toContain(TOPIC);

  // Typing at the end of a heading writes at the top of its section's body.
  await caretAt(page, QA, "heading-end");
  await page.keyboard.type("متن پس از عنوان");
  await expect.poll(() => sectionBody(page, QA)).toContain("متن پس از عنوان");

  // Enter at a heading's end opens the body, and what follows goes there.
  await caretAt(page, QA, "heading-end");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Enter then text");
  await expect.poll(() => sectionBody(page, QA)).toContain("Enter then text");

  // Typing at a heading's start, too.
  await caretAt(page, QA, "heading-start");
  await page.keyboard.type("آغاز");
  await expect.poll(() => sectionBody(page, QA)).toContain("آغاز");

  // Two pasted paragraphs right after an agenda topic's title stay two paragraphs of its body.
  await caretAt(page, TOPIC, "heading-end");
  await paste(page, "<p>بند نخست چسبانده</p><p>بند دوم چسبانده</p>", "بند نخست چسبانده\n\nبند دوم چسبانده");
  await expect.poll(() => sectionBody(page, TOPIC)).toEqual(expect.arrayContaining(["بند نخست چسبانده", "بند دوم چسبانده"]));

  // A pasted section (copied from other minutes) arrives as its content.
  await caretAt(page, TOPIC, "heading-end");
  await paste(page, '<section data-kind="qa"><h2>عنوان کپی‌شده</h2><p>متن کپی‌شده</p></section>', "عنوان کپی‌شده\n\nمتن کپی‌شده");
  await expect.poll(() => sectionBody(page, TOPIC)).toEqual(expect.arrayContaining(["عنوان کپی‌شده", "متن کپی‌شده"]));

  // Backspace and Delete at every edge change no heading.
  for (const [where, key] of [
    ["heading-end", "Backspace"],
    ["heading-end", "Delete"],
    ["heading-start", "Backspace"],
    ["heading-start", "Delete"],
    ["body-start", "Backspace"],
  ] as const) {
    for (const title of [QA, TOPIC]) {
      await caretAt(page, title, where);
      await page.keyboard.press(key);
    }
  }
  // Typing over a selection inside a heading goes to the body, too.
  await page.evaluate(
    ({ label, title }) => {
      const root = document.querySelector<HTMLElement>(`[role="textbox"][aria-label="${label}"]`);
      const heading = [...(root?.querySelectorAll("section > h2") ?? [])].find((node) => node.textContent === title);
      if (!root || !heading) throw new Error("no heading");
      root.focus();
      window.getSelection()?.selectAllChildren(heading);
    },
    { label: EDITOR_LABEL, title: QA },
  );
  await page.keyboard.type("روی انتخاب");
  await expect.poll(() => sectionBody(page, QA)).toContain("روی انتخاب");

  await expect(status).toContainText("همهٔ تغییرات ذخیره شد");
  expect(await headings(page)).toEqual(original);
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveCount(0);
  await page.screenshot({ path: "test-results/screenshots/heading-edges.png", fullPage: true });

  // What was stored has the same headings, and the text in the bodies.
  await page.reload();
  await expect(page.getByRole("textbox", { name: EDITOR_LABEL })).toHaveAttribute("contenteditable", "true");
  await expect.poll(() => headings(page)).toEqual(original);
  expect(await sectionBody(page, QA)).toEqual(expect.arrayContaining(["متن پس از عنوان", "Enter then text", "آغاز", "روی انتخاب"]));
  await context.close();
});
