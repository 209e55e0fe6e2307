// A note-taker demoted while the minutes are open: their editor turns
// read-only at once, with a sentence saying why; promoted back, it is editable.
import { expect, signIn, test, type Page } from "./fixtures";

const SAMPLE_TITLE = /گفت‌وگوی یک مسئول با جمعی از اساتید/;
const MARYAM = "مریم حسینی";

async function setRole(page: Page, role: "reviewer" | "note-taker", label: string): Promise<void> {
  await page.getByLabel(`نقش ${MARYAM}`, { exact: true }).selectOption(role);
  await page.getByRole("button", { name: `تغییر نقش ${MARYAM}` }).click();
  await expect(page.getByLabel(`نقش ${MARYAM}`, { exact: true })).toHaveValue(role);
  await expect(page.getByText(label).first()).toBeVisible();
}

test("a demoted note-taker's open editor turns read-only within a second, and back", async ({ browser, baseURL }) => {
  const organizerContext = await browser.newContext({ baseURL });
  const noteTakerContext = await browser.newContext({ baseURL });
  const organizer = await organizerContext.newPage();
  const noteTaker = await noteTakerContext.newPage();

  await signIn(noteTaker, "notetaker2@kateb.local");
  await noteTaker.getByRole("link", { name: SAMPLE_TITLE }).first().click();
  const editor = noteTaker.getByRole("textbox", { name: "متن صورت‌جلسه" });
  await expect(editor).toHaveAttribute("contenteditable", "true");

  await signIn(organizer, "organizer@kateb.local");
  await organizer.getByRole("link", { name: SAMPLE_TITLE }).first().click();
  await organizer.getByRole("link", { name: "مدیریت اعضا" }).click();

  await setRole(organizer, "reviewer", "بازبین");
  await expect(editor).toHaveAttribute("contenteditable", "false", { timeout: 1_500 });
  await expect(noteTaker.getByRole("status").filter({ hasText: "نقش شما در این جلسه تغییر کرد" })).toContainText("بازبین");
  // Typing now changes nothing.
  const before = await editor.innerText();
  await editor.click();
  await noteTaker.keyboard.type("نباید نوشته شود");
  await expect(editor).not.toContainText("نباید نوشته شود");
  expect(await editor.innerText()).toBe(before);

  await setRole(organizer, "note-taker", "صورت‌جلسه‌نویس");
  await expect(editor).toHaveAttribute("contenteditable", "true", { timeout: 1_500 });

  await organizerContext.close();
  await noteTakerContext.close();
});
