// What a note-taker does in the co-editing tests: opens the sample meeting's
// live minutes, types a new line at their end.
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
