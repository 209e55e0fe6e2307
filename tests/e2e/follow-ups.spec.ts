// Issue 7's "Done when", in the browser, in a series of its own: a note-taker
// types three follow-ups and marks a proposal to follow up; the organizer's
// lock is refused while a follow-up is due before the meeting, then locks v1;
// the tracker shows four items; the organizer assigns the proposal a body and
// moves one item to "answered" with a note; v2 removes a follow-up, and with the organizer accepting it at the lock it shows "withdrawn in v2" with none
// duplicated; the series' next meeting opens with the three open items in its
// carry-over section; the note-taker updates one there; the organizer accepts
// that change at the lock, and the tracker shows it with its history (proposed
// by the note-taker, accepted by the organizer). Screenshots of the tracker are
// saved in test-results/artifacts/.
import { mkdirSync } from "node:fs";
import type { Locator } from "@playwright/test";
import { expect, signedInSession, test, type Page } from "./fixtures";

const ARTIFACTS = "test-results/artifacts";
const EDITOR = "متن صورت‌جلسه";
const SERIES = "نشست‌های آزمون پیگیری‌ها";
const ORGANIZER = "organizer@kateb.local";
const NOTE_TAKER = "notetaker1@kateb.local";

const MEETINGS = {
  first: { title: "نشست مهرماه (آزمون پیگیری‌ها)", startsAt: { year: 1404, month: 7, day: 1, hour: 16, minute: 0 } },
  next: { title: "نشست آبان‌ماه (آزمون پیگیری‌ها)", startsAt: { year: 1404, month: 8, day: 1, hour: 16, minute: 0 } },
};

const SUGGESTED_BODY = "شهرداری قم";
const FOLLOW_UPS = {
  a: { text: "ارسال آمار کودکان کار به دبیرخانه", body: "ادارهٔ کل بهزیستی استان قم", due: "۱۴۰۴/۰۸/۱۵" },
  b: { text: "معرفی نمایندهٔ حوزه به کارگروه حمایت از کودکان", body: "مدیریت حوزهٔ علمیهٔ قم", due: "۱۴۰۴/۰۹/۰۱" },
  c: { text: "گزارش وضعیت خانه‌های سلامت محله‌ها", body: SUGGESTED_BODY, due: "۱۴۰۴/۰۹/۲۰" },
};
/** Before the first meeting (1404/07/01): the lock refuses it. */
const DUE_BEFORE_MEETING = "۱۴۰۴/۰۶/۲۰";
const PROPOSAL = "ایجاد سامانهٔ مشترک ثبت مطالبات گروه‌های آسیب‌پذیر";
const UNMARKED_PROPOSAL = "پیشنهادی که پیگیری نمی‌شود";
const ANSWER_NOTE = "پاسخ کتبی ادارهٔ کل با آمار شش‌ماهه رسید.";

async function createSeries(page: Page): Promise<string> {
  const created = await page.request.post("/api/series", { data: { title: `${SERIES} ${Date.now()}` } });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

async function createMeeting(page: Page, seriesId: string, meeting: (typeof MEETINGS)["first"]): Promise<string> {
  const created = await page.request.post("/api/meetings", {
    data: { seriesId, title: meeting.title, startsAt: meeting.startsAt, place: "قم", guests: [], agenda: ["گزارش‌ها"] },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const added = await page.request.post(`/api/meetings/${id}/members`, { data: { email: NOTE_TAKER, role: "note-taker" } });
  expect(added.status(), await added.text()).toBe(201);
  return id;
}

const editor = (page: Page) => page.getByRole("textbox", { name: EDITOR });
const blocksToolbar = (page: Page) => page.getByRole("toolbar", { name: "درج بلوک‌ها" });
const followUp = (page: Page, text: string) => editor(page).getByRole("group", { name: "پیگیری", exact: true }).filter({ hasText: text });
const proposal = (page: Page, text: string) => editor(page).getByRole("group", { name: "پیشنهاد", exact: true }).filter({ hasText: text });
const lifecycle = (page: Page) => page.getByRole("group", { name: "وضعیت صورت‌جلسه" });
const stateLine = (page: Page, state: string) => lifecycle(page).getByText(`وضعیت صورت‌جلسه: ${state}`);

async function openMeeting(page: Page, meetingId: string): Promise<void> {
  await page.goto(`/meetings/${meetingId}`);
  await expect(page.getByRole("status", { name: "وضعیت اتصال" })).toContainText("متصل");
}

async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.getByRole("status", { name: "وضعیت اتصال" })).toContainText("همهٔ تغییرات ذخیره شد");
}

async function cursorInHeading(page: Page, title: string): Promise<void> {
  await expect(editor(page)).toHaveAttribute("contenteditable", "true");
  await editor(page).getByRole("heading", { name: title, exact: true }).click();
}

/** Types a follow-up under the follow-ups heading, with its body and Jalali due date. */
async function addFollowUp(page: Page, item: { text: string; body: string }, due: string): Promise<void> {
  await cursorInHeading(page, "پیگیری‌ها");
  await blocksToolbar(page).getByRole("button", { name: "افزودن پیگیری" }).click();
  await page.keyboard.type(item.text);
  await followUp(page, item.text).getByLabel("نهاد مسئول").fill(item.body);
  const field = followUp(page, item.text).getByLabel("مهلت (شمسی)");
  await field.fill(due);
  await field.press("Enter");
}

async function addProposal(page: Page, text: string): Promise<void> {
  await cursorInHeading(page, "پیشنهادها");
  await blocksToolbar(page).getByRole("button", { name: "افزودن پیشنهاد" }).click();
  await page.keyboard.type(text);
}

async function lock(page: Page, version: string): Promise<void> {
  await lifecycle(page).getByRole("button", { name: "قفل کردن صورت‌جلسه" }).click();
  await lifecycle(page).getByRole("button", { name: `بله، به‌عنوان نسخهٔ ${version} قفل شود` }).click();
  await expect(lifecycle(page).getByRole("status")).toHaveText(`صورت‌جلسه به‌عنوان نسخهٔ ${version} قفل شد.`);
  await expect(stateLine(page, `قفل‌شده: نسخهٔ ${version}`)).toBeVisible();
}

/** The tracker's rows of items (not its header row). */
const itemRows = (page: Page) => page.getByRole("table").getByRole("row").filter({ has: page.getByRole("cell") });
const itemRow = (page: Page, text: string) => itemRows(page).filter({ hasText: text });
/** An item's status as the tracker states it (the first bold text of its row). */
const statusOf = (row: Locator) => row.locator("td strong").first();
/** The status, whether or not the tracker also says it is overdue (the due dates pass as years go by). */
const status = (text: string): RegExp => new RegExp(`^${text}( \\(گذشته از مهلت\\))?$`);
const historyOf = (row: Locator) => row.locator(".item-history");

async function openTracker(page: Page, meetingId: string): Promise<void> {
  await page.goto(`/meetings/${meetingId}`);
  await page.getByRole("navigation", { name: "کارهای جلسه" }).getByRole("link", { name: "پیگیری‌های این سلسله‌نشست" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "پیگیری‌ها", exact: true })).toBeVisible();
}

test("follow-ups go from the minutes to the tracker, are answered, withdrawn in v2, carried into the next meeting and updated there", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  mkdirSync(ARTIFACTS, { recursive: true });
  const organizer = await signedInSession(browser, baseURL, ORGANIZER);
  const noteTaker = await signedInSession(browser, baseURL, NOTE_TAKER);
  const org = organizer.page;
  const ali = noteTaker.page;
  const seriesId = await createSeries(org);
  // A body already in the series' list is suggested in the editor.
  const body = await org.request.post(`/api/series/${seriesId}/tracker/bodies`, { data: { name: SUGGESTED_BODY } });
  expect(body.status(), await body.text()).toBe(201);
  const firstId = await createMeeting(org, seriesId, MEETINGS.first);

  // The note-taker writes three follow-ups (one due before the meeting, by
  // mistake) and two proposals, one marked to follow up.
  await openMeeting(ali, firstId);
  await addFollowUp(ali, FOLLOW_UPS.a, FOLLOW_UPS.a.due);
  await addFollowUp(ali, FOLLOW_UPS.b, FOLLOW_UPS.b.due);
  await addFollowUp(ali, FOLLOW_UPS.c, DUE_BEFORE_MEETING);
  const bodyField = followUp(ali, FOLLOW_UPS.c.text).getByLabel("نهاد مسئول");
  const listId = await bodyField.getAttribute("list");
  expect(listId).toBeTruthy();
  await expect(ali.locator(`datalist[id="${listId}"] option[value="${SUGGESTED_BODY}"]`)).toHaveCount(1);
  await expect(followUp(ali, FOLLOW_UPS.c.text)).toContainText("این تاریخ پیش از روز جلسه است؛ صورت‌جلسه با آن قفل نمی‌شود.");
  await expect(followUp(ali, FOLLOW_UPS.c.text).getByLabel("مهلت (شمسی)")).toHaveAttribute("aria-invalid", "true");
  await addProposal(ali, UNMARKED_PROPOSAL);
  await addProposal(ali, PROPOSAL);
  const toFollowUp = proposal(ali, PROPOSAL).getByLabel("برای پیگیری");
  await expect(toFollowUp).not.toBeChecked();
  await toFollowUp.check();
  await waitUntilSaved(ali);

  // The organizer sees it marked, and the lock is refused while the date is before the meeting.
  await openMeeting(org, firstId);
  await expect(proposal(org, PROPOSAL).getByLabel("برای پیگیری")).toBeChecked();
  await expect(proposal(org, UNMARKED_PROPOSAL).getByLabel("برای پیگیری")).not.toBeChecked();
  await lifecycle(org).getByRole("button", { name: "قفل کردن صورت‌جلسه" }).click();
  await lifecycle(org).getByRole("button", { name: "بله، به‌عنوان نسخهٔ ۱ قفل شود" }).click();
  await expect(lifecycle(org).getByRole("alert")).toHaveText(
    "مهلت پیگیری‌ای در صورت‌جلسه پیش از روز جلسه است. آن را در صورت‌جلسه درست کنید (کنار آن نشانه‌گذاری شده است) و دوباره قفل کنید. چیزی قفل نشد.",
  );
  await expect(stateLine(org, "در حال نگارش")).toBeVisible();
  await expect(editor(ali)).toHaveAttribute("contenteditable", "true");
  const dueField = followUp(ali, FOLLOW_UPS.c.text).getByLabel("مهلت (شمسی)");
  await dueField.fill(FOLLOW_UPS.c.due);
  await dueField.press("Enter");
  await expect(followUp(ali, FOLLOW_UPS.c.text)).not.toContainText("پیش از روز جلسه");
  await waitUntilSaved(ali);
  await org.reload();
  await lock(org, "۱");

  // The tracker, linked from the meeting page, shows four items.
  await openTracker(org, firstId);
  await expect(itemRows(org)).toHaveCount(4);
  for (const item of Object.values(FOLLOW_UPS)) {
    await expect(itemRow(org, item.text)).toContainText(item.body);
    await expect(statusOf(itemRow(org, item.text))).toHaveText(status("ارجاع‌شده"));
  }
  await expect(itemRow(org, PROPOSAL)).toContainText("پیشنهاد");
  await expect(itemRows(org).filter({ hasText: UNMARKED_PROPOSAL })).toHaveCount(0);
  // Its link lands on the item in version 1's report.
  const reportLink = itemRow(org, FOLLOW_UPS.b.text).getByRole("link", { name: MEETINGS.first.title });
  expect(await reportLink.getAttribute("href")).toMatch(new RegExp(`^/meetings/${firstId}/versions/1#block-[0-9a-z]+$`));

  // The proposal came without a body: the organizer assigns one, its status unchanged.
  const rowP = itemRow(org, PROPOSAL);
  await rowP.getByText("تغییر وضعیت").click();
  await rowP.getByLabel("نهاد مسئول").selectOption({ label: SUGGESTED_BODY });
  await rowP.getByRole("button", { name: "ثبت وضعیت" }).click();
  await expect(rowP.getByRole("cell").nth(4)).toHaveText(SUGGESTED_BODY);
  await expect(statusOf(rowP)).toHaveText(status("ارجاع‌شده"));

  // The organizer moves one to "answered" (skipping steps, so with a note).
  const rowA = itemRow(org, FOLLOW_UPS.a.text);
  await rowA.getByText("تغییر وضعیت").click();
  await rowA.getByLabel("وضعیت تازه").selectOption({ label: "پاسخ‌داده‌شده" });
  await rowA.getByRole("button", { name: "ثبت وضعیت" }).click();
  await expect(rowA.getByRole("alert")).toContainText("این تغییر از مرحله‌ای می‌گذرد");
  await expect(statusOf(rowA)).toHaveText(status("ارجاع‌شده"));
  await rowA.getByLabel("یادداشت (برای گذشتن از مرحله یا بازگشت لازم است)").fill(ANSWER_NOTE);
  await rowA.getByRole("button", { name: "ثبت وضعیت" }).click();
  await expect(statusOf(rowA)).toHaveText(status("پاسخ‌داده‌شده"));
  await historyOf(rowA).getByText("سابقه (۲)").click();
  await expect(historyOf(rowA).getByRole("listitem").last()).toContainText(ANSWER_NOTE);

  // The link from the tracker lands on the follow-up in the report.
  await reportLink.click();
  await expect(org).toHaveURL(/\/versions\/1#block-[0-9a-z]+$/);
  await expect(org.locator(":target")).toContainText(FOLLOW_UPS.b.text);
  await expect(org.locator(":target")).toBeInViewport();

  // Version 2 removes one follow-up.
  await org.goto(`/meetings/${firstId}`);
  await lifecycle(org).getByRole("button", { name: "بازکردن برای بازنگری" }).click();
  await expect(stateLine(org, "در حال بازنگری پس از نسخهٔ ۱")).toBeVisible();
  await expect(editor(ali)).toHaveAttribute("contenteditable", "true");
  await followUp(ali, FOLLOW_UPS.c.text).getByRole("button", { name: "حذف این پیگیری" }).click();
  await expect(followUp(ali, FOLLOW_UPS.c.text)).toHaveCount(0);
  await waitUntilSaved(ali);
  await expect(followUp(org, FOLLOW_UPS.c.text)).toHaveCount(0);
  // At the lock the organizer sees the withdrawal the minutes propose, and accepts it.
  await lifecycle(org).getByRole("button", { name: "قفل کردن صورت‌جلسه" }).click();
  const withdrawals = lifecycle(org).getByRole("group", { name: "تغییرهای پیشنهادی صورت‌جلسه در پیگیری‌ها" });
  await expect(withdrawals.getByRole("listitem")).toHaveText([`${FOLLOW_UPS.c.text} — وضعیت: ارجاع‌شده ← پس‌گرفته‌شده · دیگر در صورت‌جلسه نیست`]);
  await withdrawals.getByRole("checkbox", { name: FOLLOW_UPS.c.text }).check();
  await lifecycle(org).getByRole("button", { name: "بله، به‌عنوان نسخهٔ ۲ قفل شود" }).click();
  await expect(lifecycle(org).getByRole("status")).toHaveText("صورت‌جلسه به‌عنوان نسخهٔ ۲ قفل شد. از ۱ تغییر پیشنهادی، ۱ تغییر در پیگیری‌ها اعمال شد.");
  await expect(stateLine(org, "قفل‌شده: نسخهٔ ۲")).toBeVisible();
  await openTracker(org, firstId);
  await expect(itemRows(org)).toHaveCount(4);
  await expect(statusOf(itemRow(org, FOLLOW_UPS.c.text))).toHaveText("پس‌گرفته‌شده در نسخهٔ ۲");
  await expect(statusOf(itemRow(org, FOLLOW_UPS.a.text))).toHaveText(status("پاسخ‌داده‌شده"));
  await expect(statusOf(itemRow(org, FOLLOW_UPS.b.text))).toHaveText(status("ارجاع‌شده"));
  await expect(statusOf(itemRow(org, PROPOSAL))).toHaveText(status("ارجاع‌شده"));
  for (const text of [FOLLOW_UPS.a.text, FOLLOW_UPS.b.text, PROPOSAL]) await expect(itemRow(org, text)).toHaveCount(1);

  // The next meeting opens with the three open items in its carry-over section.
  const nextId = await createMeeting(org, seriesId, MEETINGS.next);
  await openMeeting(ali, nextId);
  const carryOver = editor(ali).locator('section[data-kind="carryOver"]');
  await expect(carryOver.getByRole("heading", { name: "پیگیری‌های جلسه‌های پیشین", exact: true })).toBeVisible();
  const carried = carryOver.getByRole("group", { name: "پیگیری", exact: true });
  await expect(carried).toHaveCount(3);
  // The editor's statuses are the tracker's: the same list, the same words.
  await expect(carried.filter({ hasText: FOLLOW_UPS.a.text }).getByLabel("وضعیت", { exact: true }).locator("option:checked")).toHaveText("پاسخ‌داده‌شده");
  await expect(carried.first().getByLabel("وضعیت", { exact: true }).locator("option")).toHaveText(["ارجاع‌شده", "دریافت‌شده", "در دست اقدام", "پاسخ‌داده‌شده", "بسته‌شده"]);
  await expect(carried.filter({ hasText: FOLLOW_UPS.b.text }).getByLabel("نهاد مسئول")).toHaveValue(FOLLOW_UPS.b.body);
  await expect(carried.filter({ hasText: PROPOSAL }).getByLabel("نهاد مسئول")).toHaveValue(SUGGESTED_BODY);
  await expect(carried.filter({ hasText: FOLLOW_UPS.c.text })).toHaveCount(0);

  // The note-taker updates one there; the organizer locks.
  await carried.filter({ hasText: FOLLOW_UPS.b.text }).getByLabel("وضعیت", { exact: true }).selectOption({ label: "در دست اقدام" });
  await waitUntilSaved(ali);
  await openMeeting(org, nextId);
  await expect(
    editor(org).getByRole("group", { name: "پیگیری", exact: true }).filter({ hasText: FOLLOW_UPS.b.text }).getByLabel("وضعیت", { exact: true }).locator("option:checked"),
  ).toHaveText("در دست اقدام");
  // At the lock the organizer sees the change proposed to the earlier meeting's
  // item, with who typed it, and accepts it.
  await lifecycle(org).getByRole("button", { name: "قفل کردن صورت‌جلسه" }).click();
  const proposals = lifecycle(org).getByRole("group", { name: "تغییرهای پیشنهادی صورت‌جلسه در پیگیری‌ها" });
  const acceptB = proposals.getByRole("checkbox", { name: FOLLOW_UPS.b.text });
  await expect(acceptB).toHaveCount(1);
  await expect(proposals.getByRole("listitem")).toHaveText([`${FOLLOW_UPS.b.text} — وضعیت: ارجاع‌شده ← در دست اقدام · نوشتهٔ علی رضایی`]);
  await expect(acceptB).not.toBeChecked();
  await acceptB.check();
  await org.screenshot({ path: `${ARTIFACTS}/lock-tracker-changes-fa.png`, fullPage: true });
  await lifecycle(org).getByRole("button", { name: "بله، به‌عنوان نسخهٔ ۱ قفل شود" }).click();
  await expect(lifecycle(org).getByRole("status")).toHaveText("صورت‌جلسه به‌عنوان نسخهٔ ۱ قفل شد. از ۱ تغییر پیشنهادی، ۱ تغییر در پیگیری‌ها اعمال شد.");
  await expect(stateLine(org, "قفل‌شده: نسخهٔ ۱")).toBeVisible();

  // The tracker shows the update, with its history; nothing was duplicated.
  await openTracker(org, nextId);
  await expect(itemRows(org)).toHaveCount(4);
  const rowB = itemRow(org, FOLLOW_UPS.b.text);
  await expect(statusOf(rowB)).toHaveText(status("در دست اقدام"));
  await historyOf(rowB).getByText("سابقه (۲)").click();
  const history = historyOf(rowB).getByRole("listitem");
  await expect(history).toHaveCount(2);
  await expect(history.first()).toContainText("ارجاع‌شده (با قفل نسخهٔ ۱)");
  await expect(history.last()).toContainText("ارجاع‌شده ← در دست اقدام (با قفل نسخهٔ ۱)");
  await expect(history.last()).toContainText(`به‌روزشده در صورت‌جلسهٔ «${MEETINGS.next.title}»`);
  await expect(history.last()).toContainText("پیشنهاد علی رضایی در صورت‌جلسه، پذیرفتهٔ زهرا احمدی");
  await expect(statusOf(itemRow(org, FOLLOW_UPS.a.text))).toHaveText(status("پاسخ‌داده‌شده"));
  await org.screenshot({ path: `${ARTIFACTS}/tracker-after-carry-over-fa.png`, fullPage: true });

  await organizer.context.close();
  await noteTaker.context.close();
});
