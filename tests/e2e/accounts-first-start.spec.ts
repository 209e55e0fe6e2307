// An organisation's own Kateb (issue #13), in Chromium, in Persian: a fresh
// data folder without the demo; the setup link from the log creates the
// administrator; they invite a note-taker, who sets a password from the link
// and signs in; the administrator, as a meeting's organizer, adds her from
// the directory; deactivating her while her editor is open closes the editor
// and ends her cookie within 5 s; a password change signs out the
// administrator's other browser.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import { startKateb, type KatebProcess } from "./kateb-process";

const ADMIN = { email: "admin@org.example", name: "مدیر سامانه", password: "دبیرخانه‌کمیسیون۱۴۰۳" };
const NOTE_TAKER = { email: "negar@org.example", name: "نگار رحیمی", password: "یادداشت‌های‌نشست‌قم۱۴۰۴" };
const NEW_ADMIN_PASSWORD = "گذرواژهٔ‌تازهٔ‌مدیر۲۰۲۶";
const LABELS = { email: "ایمیل", password: "رمز عبور", submit: "ورود" };
const SHOTS = "test-results/screenshots";

test.describe.configure({ timeout: 180_000 });

let kateb: KatebProcess;
const contexts: BrowserContext[] = [];

test.beforeAll(async () => {
  kateb = await startKateb({ KATEB_DEMO: "0" });
});
test.afterAll(async () => {
  for (const context of contexts) await context.close();
  await kateb.stop();
});

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: kateb.url });
  contexts.push(context);
  return context.newPage();
}

test("the first administrator from the setup link invites a note-taker, adds her from the directory, deactivates her live, and a password change signs out the other browser", async ({ browser }) => {
  const setupLink = /\/setup\?code=[A-Za-z0-9_-]+/.exec(kateb.output())?.[0];
  expect(setupLink, kateb.output()).toBeTruthy();

  // The setup link creates the first administrator.
  const admin = await newPage(browser);
  await admin.goto(setupLink ?? "/");
  await expect(admin.getByRole("note")).toHaveCount(0);
  await admin.getByLabel("نام و نام خانوادگی").fill(ADMIN.name);
  await admin.getByLabel("ایمیل").fill(ADMIN.email);
  await admin.getByLabel("گذرواژه", { exact: true }).fill("password123");
  await admin.getByLabel("تکرار گذرواژه").fill("password123");
  await admin.getByRole("button", { name: "ساختن حساب مدیر" }).click();
  await expect(admin.getByText("این گذرواژه رایج یا حدس‌زدنی است")).toBeVisible();
  await admin.getByLabel("گذرواژه", { exact: true }).fill(ADMIN.password);
  await admin.getByLabel("تکرار گذرواژه").fill(ADMIN.password);
  await admin.getByRole("button", { name: "ساختن حساب مدیر" }).click();
  await expect(admin.getByRole("status")).toContainText("حساب مدیر ساخته شد");
  await admin.screenshot({ path: `${SHOTS}/accounts-setup.png`, fullPage: true });
  await signIn(admin, ADMIN.email, LABELS, ADMIN.password);

  // A series and a meeting of the administrator's, who organizes it.
  const series = await admin.request.post("/api/series", { data: { title: "نشست‌های گفت‌وگوی ماهانه" } });
  expect(series.status(), await series.text()).toBe(201);
  const { id: seriesId } = (await series.json()) as { id: string };
  const meeting = await admin.request.post("/api/meetings", {
    data: { seriesId, title: "گفت‌وگوی آذر", startsAt: { year: 1405, month: 9, day: 20, hour: 17, minute: 0 }, agenda: ["کودکان و نوجوانان"] },
  });
  expect(meeting.status(), await meeting.text()).toBe(201);
  const { id: meetingId } = (await meeting.json()) as { id: string };

  // The invitation: a link to copy and send.
  await admin.goto("/admin/accounts");
  await admin.getByLabel("نام و نام خانوادگی").fill(NOTE_TAKER.name);
  await admin.getByLabel("ایمیل").fill(NOTE_TAKER.email);
  await admin.getByRole("button", { name: "ساختن حساب و پیوند دعوت" }).click();
  const link = admin.getByLabel("پیوند", { exact: true });
  await expect(link).toHaveValue(/\/account\/link\?token=/);
  await expect(admin.getByRole("row", { name: new RegExp(NOTE_TAKER.name) })).toContainText("دعوت‌شده");
  await admin.screenshot({ path: `${SHOTS}/accounts-invited.png`, fullPage: true });
  const invitation = await link.inputValue();

  // The note-taker sets her password from the link and signs in.
  const negar = await newPage(browser);
  await negar.goto(invitation);
  await expect(negar.getByText(`${NOTE_TAKER.name}، به کاتب خوش آمدید`)).toBeVisible();
  await negar.getByLabel("گذرواژه", { exact: true }).fill(NOTE_TAKER.password);
  await negar.getByLabel("تکرار گذرواژه").fill(NOTE_TAKER.password);
  await negar.getByRole("button", { name: "ذخیرهٔ گذرواژه" }).click();
  await expect(negar.getByRole("status")).toContainText("گذرواژه ذخیره شد");
  await signIn(negar, NOTE_TAKER.email, LABELS, NOTE_TAKER.password);

  // The organizer adds her from the directory, found by a part of her name.
  await admin.goto(`/meetings/${meetingId}/members`);
  await admin.getByLabel("ایمیل", { exact: true }).fill("نگار");
  await admin.getByRole("button", { name: `برگزیدن ${NOTE_TAKER.name} ${NOTE_TAKER.email}` }).click();
  await expect(admin.getByLabel("ایمیل", { exact: true })).toHaveValue(NOTE_TAKER.email);
  await admin.getByLabel("نقش", { exact: true }).selectOption("note-taker");
  await admin.getByRole("button", { name: "افزودن عضو" }).click();
  await expect(admin.getByRole("row", { name: new RegExp(NOTE_TAKER.name) })).toBeVisible();
  await admin.screenshot({ path: `${SHOTS}/accounts-member-from-directory.png`, fullPage: true });

  // In the meeting form, an attendee is linked to her account, found in the directory.
  await admin.goto(`/meetings/${meetingId}/edit`);
  await admin.getByRole("button", { name: "افزودن شرکت‌کننده" }).click();
  const attendee = admin.getByRole("group", { name: "شرکت‌کننده ۱" });
  await attendee.getByLabel("نام", { exact: true }).fill(NOTE_TAKER.name);
  await attendee.getByLabel("حساب او در کاتب (دلخواه)").fill("negar");
  await attendee.getByRole("button", { name: `برگزیدن ${NOTE_TAKER.name} ${NOTE_TAKER.email}` }).click();
  await expect(attendee).toContainText(NOTE_TAKER.email);
  await admin.screenshot({ path: `${SHOTS}/accounts-attendee-linked.png`, fullPage: true });
  await admin.getByRole("button", { name: "ذخیرهٔ تغییرات" }).click();
  await admin.waitForURL(new RegExp(`/meetings/${meetingId}$`));
  const saved = (await (await admin.request.get(`/api/meetings/${meetingId}`)).json()) as { attendees: Array<{ name: string; userId: string | null }> };
  expect(saved.attendees.find((row) => row.name === NOTE_TAKER.name)?.userId).toBeTruthy();

  // Her editor is open; the administrator deactivates her.
  await negar.goto(`/meetings/${meetingId}`);
  const editor = negar.getByRole("textbox", { name: "متن صورت‌جلسه" });
  await expect(editor).toHaveAttribute("contenteditable", "true");
  await admin.goto("/admin/accounts");
  const started = Date.now();
  await admin.getByRole("row", { name: new RegExp(NOTE_TAKER.name) }).getByRole("button", { name: "غیرفعال‌کردن" }).click();
  await expect(admin.getByRole("row", { name: new RegExp(NOTE_TAKER.name) })).toContainText("غیرفعال");
  await expect(negar.getByRole("alert").filter({ hasText: "نشست ورود شما پایان یافته است" })).toBeVisible({ timeout: 5_000 });
  await expect(editor).toHaveAttribute("contenteditable", "false", { timeout: 5_000 });
  await expect.poll(async () => (await negar.request.get("/api/meetings")).status(), { timeout: 5_000 }).toBe(401);
  expect(Date.now() - started).toBeLessThan(5_000);
  await negar.screenshot({ path: `${SHOTS}/accounts-deactivated-editor.png`, fullPage: true });

  // A password change signs out the administrator's other browser; this one stays.
  const otherBrowser = await newPage(browser);
  await signIn(otherBrowser, ADMIN.email, LABELS, ADMIN.password);
  await otherBrowser.goto("/admin/accounts");
  await expect(otherBrowser.getByRole("heading", { name: "حساب‌ها", level: 1 })).toBeVisible();
  await admin.goto("/account");
  await admin.getByLabel("گذرواژهٔ کنونی").fill(ADMIN.password);
  await admin.getByLabel("گذرواژهٔ تازه").fill(NEW_ADMIN_PASSWORD);
  await admin.getByLabel("تکرار گذرواژه").fill(NEW_ADMIN_PASSWORD);
  await admin.getByRole("button", { name: "تغییر گذرواژه" }).click();
  await expect(admin.getByRole("status")).toContainText("گذرواژه تغییر کرد");
  await otherBrowser.goto("/admin/accounts");
  await expect(otherBrowser).toHaveURL(/\/signin/);
  await admin.goto("/admin/accounts");
  await expect(admin.getByRole("heading", { name: "حساب‌ها", level: 1 })).toBeVisible();
});
