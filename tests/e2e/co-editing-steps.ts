// What note-takers do in the co-editing tests: open the sample meeting's live
// minutes, type a new line at their end, and see each other's.
import { expect, signIn, type Page } from "./fixtures";

export const SAMPLE_TITLE = /گفت‌وگوی یک مسئول با جمعی از اساتید/;

export async function openSampleMeeting(page: Page, email: string): Promise<void> {
  await signIn(page, email);
  await page.getByRole("link", { name: SAMPLE_TITLE }).first().click();
  await expect(page.getByRole("status", { name: "وضعیت اتصال" })).toContainText("متصل");
}

export async function typeAtEnd(page: Page, text: string): Promise<void> {
  const editor = page.getByRole("textbox", { name: "متن صورت‌جلسه" });
  await expect(editor).toHaveAttribute("contenteditable", "true");
  await editor.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type(text);
}

/** Ali and Maryam (two pages) each type a line: each sees the other's line
 * and named caret, and both are told everything is saved. */
export async function typeAndSeeEachOther(pageA: Page, pageB: Page, fromAli: string, fromMaryam: string): Promise<void> {
  await typeAtEnd(pageA, fromAli);
  await typeAtEnd(pageB, fromMaryam);
  await expect(pageA.getByRole("textbox", { name: "متن صورت‌جلسه" })).toContainText(fromMaryam);
  await expect(pageB.getByRole("textbox", { name: "متن صورت‌جلسه" })).toContainText(fromAli);
  // Each sees the other's caret, named from the account.
  await expect(pageA.locator(".collaboration-carets__label", { hasText: "مریم حسینی" })).toBeVisible();
  await expect(pageB.locator(".collaboration-carets__label", { hasText: "علی رضایی" })).toBeVisible();
  const saved = "همهٔ تغییرات ذخیره شد";
  await expect(pageA.getByRole("status", { name: "وضعیت اتصال" })).toContainText(saved);
  await expect(pageB.getByRole("status", { name: "وضعیت اتصال" })).toContainText(saved);
}
