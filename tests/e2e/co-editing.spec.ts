// Two note-takers co-edit the sample meeting's minutes in two browser contexts.
import { openSampleMeeting, typeAndSeeEachOther } from "./co-editing-steps";
import { expect, test } from "./fixtures";

test("two note-takers see each other's Persian and English text and named carets, and it survives a reload", async ({ browser, baseURL }) => {
  const ali = await browser.newContext({ baseURL });
  const maryam = await browser.newContext({ baseURL });
  const pageA = await ali.newPage();
  const pageB = await maryam.newPage();
  await openSampleMeeting(pageA, "notetaker1@kateb.local");
  await openSampleMeeting(pageB, "notetaker2@kateb.local");

  // Persian first, right to left.
  await expect(pageA.locator("html")).toHaveAttribute("lang", "fa");
  await expect(pageA.locator("html")).toHaveAttribute("dir", "rtl");

  const fromAli = "علی: گزارش بهزیستی درباره Social Emergency ۱۲۳";
  const fromMaryam = "Maryam notes: زنان سرپرست خانوار";
  await typeAndSeeEachOther(pageA, pageB, fromAli, fromMaryam);
  const editorA = pageA.getByRole("textbox", { name: "متن صورت‌جلسه" });

  // Lines read in their own direction.
  await expect(editorA.locator("p", { hasText: fromMaryam })).toHaveAttribute("dir", "auto");

  // Saved, then still there after a reload.
  await pageA.screenshot({ path: "test-results/screenshots/co-editing-fa.png", fullPage: true });
  await pageA.reload();
  await expect(pageA.getByRole("textbox", { name: "متن صورت‌جلسه" })).toContainText(fromAli);
  await expect(pageA.getByRole("textbox", { name: "متن صورت‌جلسه" })).toContainText(fromMaryam);

  await ali.close();
  await maryam.close();
});

test("signed-out visitors are sent to sign in", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByLabel("ایمیل")).toBeVisible();
});

test("a wrong password is refused with a sentence", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("ایمیل").fill("notetaker1@kateb.local");
  await page.getByLabel("رمز عبور").fill("not-the-password");
  await page.getByRole("button", { name: "ورود", exact: true }).click();
  await expect(page.getByText("ایمیل یا رمز عبور درست نیست.")).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
});
