// A note-taker adds a Q&A item, a proposal with a category and a follow-up
// with a Jalali due date to the sample meeting, from the toolbar, the slash
// menu and the keyboard; a second note-taker sees each arrive live; the
// reviewer sees them with every input disabled.
import { expect, signIn, test, type Page } from "./fixtures";

const SAMPLE_TITLE = /گفت‌وگوی یک مسئول با جمعی از اساتید/;
const EDITOR = "متن صورت‌جلسه";

const QUESTION = "برنامهٔ بهزیستی برای آموزش طلاب داوطلب در اورژانس اجتماعی چیست؟";
const ANSWER = "دوره‌های مشترک آموزشی در قم برگزار می‌شود.";
const ASKED_BY = "دکتر رضا موسوی";
const GUEST = "دکتر حبیب‌الله مسعودی فرید";
const PROPOSAL = "پژوهش مشترک دربارهٔ اثر مشاورهٔ حوزوی بر کاهش طلاق.";
const CATEGORY = "پژوهش‌های مورد نیاز";
const FOLLOW_UP = "ارسال فهرست طلاب داوطلب به اورژانس اجتماعی استان قم";
const BODY = "ادارهٔ کل بهزیستی استان قم";

async function openSampleMeeting(page: Page, email: string): Promise<void> {
  await signIn(page, email);
  await page.getByRole("link", { name: SAMPLE_TITLE }).first().click();
  await expect(page.getByRole("status", { name: "وضعیت اتصال" })).toContainText("متصل");
}

/** Puts the cursor in a section's heading, inside the minutes. */
async function cursorInHeading(page: Page, title: string): Promise<void> {
  const editor = page.getByRole("textbox", { name: EDITOR });
  await expect(editor).toHaveAttribute("contenteditable", "true");
  await editor.getByRole("heading", { name: title, exact: true }).click();
}

const qaItem = (page: Page) =>
  page.getByRole("textbox", { name: EDITOR }).getByRole("group", { name: "پرسش و پاسخ", exact: true }).filter({ hasText: QUESTION });
const proposal = (page: Page) =>
  page.getByRole("textbox", { name: EDITOR }).getByRole("group", { name: "پیشنهاد", exact: true }).filter({ hasText: PROPOSAL });
const followUp = (page: Page) =>
  page.getByRole("textbox", { name: EDITOR }).getByRole("group", { name: "پیگیری", exact: true }).filter({ hasText: FOLLOW_UP });

test("note-takers add a Q&A item, a proposal and a follow-up and see each other's live; the reviewer only reads them", async ({ browser, baseURL }) => {
  const ali = await browser.newContext({ baseURL, viewport: { width: 1400, height: 1000 } });
  const maryam = await browser.newContext({ baseURL });
  const hassan = await browser.newContext({ baseURL });
  const pageA = await ali.newPage();
  const pageB = await maryam.newPage();
  await openSampleMeeting(pageA, "notetaker1@kateb.local");
  await openSampleMeeting(pageB, "notetaker2@kateb.local");

  // A Q&A item from the toolbar, at the top of the Q&A section: question,
  // Enter to the answer, a speaker stamp with Ctrl+Alt+S, then who asked.
  await cursorInHeading(pageA, "پرسش و پاسخ");
  const blocksToolbar = pageA.getByRole("toolbar", { name: "درج بلوک‌ها" });
  await expect(blocksToolbar.getByLabel("گوینده", { exact: true })).toHaveValue(GUEST);
  await expect(blocksToolbar.getByRole("button", { name: "درج گوینده" })).toHaveAttribute("aria-keyshortcuts", "Control+Alt+S");
  await blocksToolbar.getByRole("button", { name: "افزودن پرسش و پاسخ" }).click();
  await pageA.keyboard.type(QUESTION);
  await pageA.keyboard.press("Enter");
  await pageA.keyboard.press("Control+Alt+s");
  await pageA.keyboard.type(ANSWER);
  await expect(qaItem(pageA).getByRole("group", { name: "پاسخ", exact: true })).toContainText(GUEST);
  await qaItem(pageA).getByLabel("پرسشگر").fill(ASKED_BY);

  await expect(qaItem(pageB)).toBeVisible();
  await expect(qaItem(pageB).getByRole("group", { name: "پرسش", exact: true })).toContainText(QUESTION);
  await expect(qaItem(pageB).getByRole("group", { name: "پاسخ", exact: true })).toContainText(ANSWER);
  await expect(qaItem(pageB).getByRole("group", { name: "پاسخ", exact: true })).toContainText(GUEST);
  await expect(qaItem(pageB).getByLabel("پرسشگر")).toHaveValue(ASKED_BY);
  await expect(qaItem(pageB).getByLabel("پاسخ به بعد موکول شد")).not.toBeChecked();

  // A proposal from the slash menu, in a new line under the proposals' heading.
  await cursorInHeading(pageA, "پیشنهادها");
  await pageA.keyboard.press("End");
  await pageA.keyboard.press("Enter");
  await pageA.keyboard.type("/");
  const menu = pageA.getByRole("listbox", { name: "درج بلوک" });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole("option")).toHaveText([/پرسش و پاسخ/, /پیشنهاد/, /مصوبه/, /پیگیری/, /گوینده/]);
  await pageA.keyboard.press("ArrowDown");
  await expect(menu.getByRole("option", { name: /پیشنهاد/ })).toHaveAttribute("aria-selected", "true");
  await pageA.keyboard.press("Enter");
  await expect(menu).toBeHidden();
  await pageA.keyboard.type(PROPOSAL);
  await proposal(pageA).getByLabel("دسته").selectOption({ label: CATEGORY });

  await expect(proposal(pageB)).toBeVisible();
  await expect(proposal(pageB).getByLabel("دسته").locator("option:checked")).toHaveText(CATEGORY);

  // A follow-up from the toolbar, with a due date typed in Jalali: first one
  // that does not exist (1404 is not a leap year), then a real one.
  await cursorInHeading(pageA, "پیگیری‌ها");
  await blocksToolbar.getByRole("button", { name: "افزودن پیگیری" }).click();
  await pageA.keyboard.type(FOLLOW_UP);
  await followUp(pageA).getByLabel("نهاد مسئول").fill(BODY);
  const due = followUp(pageA).getByLabel("مهلت (شمسی)");
  await due.fill("۱۴۰۴/۱۲/۳۰");
  await due.press("Enter");
  await expect(followUp(pageA).getByRole("alert")).toContainText("این تاریخ در تقویم شمسی وجود ندارد");
  await expect(due).toHaveAttribute("aria-invalid", "true");
  await due.fill("۱۴۰۴/۰۹/۲۵");
  await due.press("Enter");
  await expect(followUp(pageA).getByRole("alert")).toHaveCount(0);
  await expect(followUp(pageA)).toContainText("۲۵ آذر ۱۴۰۴ (۱۶ دسامبر ۲۰۲۵)");
  await followUp(pageA).getByLabel("وضعیت").selectOption({ label: "در دست اقدام" });

  await expect(followUp(pageB)).toBeVisible();
  await expect(followUp(pageB).getByLabel("نهاد مسئول")).toHaveValue(BODY);
  await expect(followUp(pageB).getByLabel("مهلت (شمسی)")).toHaveValue("۱۴۰۴/۰۹/۲۵");
  await expect(followUp(pageB)).toContainText("۲۵ آذر ۱۴۰۴ (۱۶ دسامبر ۲۰۲۵)");
  await expect(followUp(pageB).getByLabel("وضعیت").locator("option:checked")).toHaveText("در دست اقدام");

  // Escape in a field goes back to the end of the block's text. Presence shows
  // the other note-taker, their role, and the section they are in.
  await followUp(pageA).getByLabel("وضعیت").press("Escape");
  await expect(pageA.getByRole("textbox", { name: EDITOR })).toBeFocused();
  const aliInB = pageB.getByRole("list", { name: "حاضران در صورت‌جلسه" }).getByRole("listitem").filter({ hasText: "علی رضایی" });
  await expect(aliInB).toContainText("صورت‌جلسه‌نویس");
  await expect(aliInB).toContainText("در: پیگیری‌ها");

  // Everything is saved before anyone else opens the minutes.
  await expect(pageA.getByRole("status", { name: "وضعیت اتصال" })).toContainText("همهٔ تغییرات ذخیره شد");
  // From the top, so that the sticky details card sits beside the title.
  await pageA.evaluate(() => window.scrollTo(0, 0));
  await pageA.screenshot({ path: "test-results/screenshots/structured-blocks-fa.png", fullPage: true });
  await followUp(pageA).screenshot({ path: "test-results/screenshots/structured-blocks-follow-up-fa.png" });

  // The reviewer reads the blocks with every input disabled, and no insert toolbar.
  const pageC = await hassan.newPage();
  await openSampleMeeting(pageC, "reviewer@kateb.local");
  await expect(pageC.getByRole("textbox", { name: EDITOR })).toHaveAttribute("contenteditable", "false");
  await expect(pageC.getByRole("toolbar", { name: "درج بلوک‌ها" })).toHaveCount(0);
  await expect(qaItem(pageC).getByLabel("پرسشگر")).toHaveValue(ASKED_BY);
  await expect(qaItem(pageC).getByLabel("پرسشگر")).toBeDisabled();
  await expect(qaItem(pageC).getByLabel("پاسخ‌دهنده")).toBeDisabled();
  await expect(qaItem(pageC).getByLabel("پاسخ به بعد موکول شد")).toBeDisabled();
  await expect(proposal(pageC).getByLabel("دسته")).toBeDisabled();
  await expect(proposal(pageC).getByLabel("دسته").locator("option:checked")).toHaveText(CATEGORY);
  await expect(followUp(pageC).getByLabel("نهاد مسئول")).toBeDisabled();
  await expect(followUp(pageC).getByLabel("مهلت (شمسی)")).toBeDisabled();
  await expect(followUp(pageC).getByLabel("مهلت (شمسی)")).toHaveValue("۱۴۰۴/۰۹/۲۵");
  await expect(followUp(pageC).getByLabel("وضعیت")).toBeDisabled();
  await expect(followUp(pageC).getByRole("button", { name: "حذف این پیگیری" })).toHaveCount(0);
  await followUp(pageC).getByText(FOLLOW_UP).click();
  await pageC.keyboard.type("تغییر بازبین");
  await expect(followUp(pageC)).not.toContainText("تغییر بازبین");
  await expect(pageC.getByRole("status", { name: "وضعیت اتصال" })).toContainText("متصل");
  await pageC.screenshot({ path: "test-results/screenshots/structured-blocks-reviewer-fa.png", fullPage: true });

  // The same page in English: the blocks' labels follow the language.
  await pageA.getByRole("group", { name: "زبان" }).getByRole("button", { name: "English" }).click();
  await expect(pageA.locator("html")).toHaveAttribute("lang", "en");
  await expect(pageA.getByRole("status", { name: "Connection status" })).toContainText("Connected");
  const editorEn = pageA.getByRole("textbox", { name: "Minutes text" });
  const followUpEn = editorEn.getByRole("group", { name: "Follow-up", exact: true }).filter({ hasText: FOLLOW_UP });
  await expect(followUpEn.getByLabel("Due date (Jalali)")).toHaveValue("1404/09/25");
  await expect(followUpEn).toContainText("25 Azar 1404 (16 December 2025)");
  await expect(followUpEn.getByLabel("Status").locator("option:checked")).toHaveText("In progress");
  await expect(pageA.getByRole("toolbar", { name: "Insert blocks" }).getByRole("button", { name: "Add Q&A item" })).toBeEnabled();
  await pageA.evaluate(() => window.scrollTo(0, 0));
  await pageA.screenshot({ path: "test-results/screenshots/structured-blocks-en.png", fullPage: true });
  await pageA.getByRole("group", { name: "Language" }).getByRole("button", { name: "فارسی" }).click();
  await expect(pageA.locator("html")).toHaveAttribute("lang", "fa");

  await ali.close();
  await maryam.close();
  await hassan.close();
});
