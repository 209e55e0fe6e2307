// Issue 12, carried follow-ups in the report: a new meeting of the seeded
// sample series opens with the series' open follow-ups carried over (the
// earlier session's, locked with its follow-ups by the seed); the organizer
// locks it through the page; its report, on the version's page, on the
// published link (read with JavaScript off) and in the Markdown export, lists
// them under their own heading, «پیگیری‌های جلسه‌های پیشین», each with the
// meeting it came from and its status, while this meeting's own follow-up
// table is empty. A screenshot of the published report is saved in
// test-results/artifacts/.
import { mkdirSync } from "node:fs";
import type { Locator } from "@playwright/test";
import { trackerList, type TrackedItem } from "@/lib/contracts/tracker";
import { formatJalali } from "@/lib/jalali-date";
import { expect, signIn, test, type Page } from "./fixtures";

const ARTIFACTS = "test-results/artifacts";
const SERIES = "جلسات گفت‌وگوی ماهانهٔ دفتر کمیسیون در قم";
const EARLIER_SESSION = "گفت‌وگو با مدیرکل بهزیستی استان قم دربارهٔ کودکان کار و خانواده‌های آسیب‌پذیر";
const TITLE = "نشست آذرماه (آزمون پیگیری‌های پیشین در گزارش)";
const CARRIED_HEADING = "پیگیری‌های جلسه‌های پیشین";
const EDITOR = "متن صورت‌جلسه";

/** The status a carried item has in the minutes, in words: the tracker's own, one list for both. */
const STATUS_WORDS: Record<string, string> = {
  routed: "ارجاع‌شده",
  acknowledged: "دریافت‌شده",
  in_progress: "در دست اقدام",
  answered: "پاسخ‌داده‌شده",
};

async function seriesId(page: Page): Promise<string> {
  const answer = await page.request.get("/api/series");
  expect(answer.status()).toBe(200);
  const { series } = (await answer.json()) as { series: Array<{ id: string; title: string }> };
  const id = series.find((item) => item.title === SERIES)?.id;
  if (!id) throw new Error(`no series ${SERIES}`);
  return id;
}

/** The series' open items: what a new meeting of it carries over. */
async function openItems(page: Page, series: string): Promise<TrackedItem[]> {
  const answer = await page.request.get(`/api/series/${series}/tracker?status=open`);
  expect(answer.status()).toBe(200);
  return trackerList.parse(await answer.json()).items;
}

/** The report's table rows of items (not its header row) in a part. */
const itemRows = (part: Locator) => part.getByRole("row").filter({ has: part.page().getByRole("cell") });

const originDay = (item: TrackedItem): string => formatJalali(new Date(item.meeting.startsAt), "fa", { weekday: false });

async function expectCarriedReport(report: Locator, items: TrackedItem[]): Promise<void> {
  const carried = report.getByRole("region", { name: CARRIED_HEADING, exact: true });
  await expect(carried.getByRole("columnheader")).toHaveText(["ردیف", "اقدام", "جلسهٔ مبدأ", "نهاد مسئول", "مهلت", "وضعیت"]);
  await expect(itemRows(carried)).toHaveCount(items.length);
  for (const item of items) {
    const row = itemRows(carried).filter({ hasText: item.text });
    await expect(row).toHaveCount(1);
    const cells = row.getByRole("cell");
    await expect(cells.nth(2)).toHaveText(`${item.meeting.title}${originDay(item)}`);
    await expect(cells.nth(5)).toHaveText(STATUS_WORDS[item.status] ?? "");
  }
  // This meeting's own follow-ups: none; the carried ones are not among them.
  const own = report.getByRole("region", { name: "پیگیری‌ها", exact: true });
  await expect(own).toContainText("موردی ثبت نشده است.");
  await expect(own.getByRole("table")).toHaveCount(0);
}

test("a new meeting's report lists the carried follow-ups under their own heading, with origin meeting and status", async ({ browser, baseURL, page }) => {
  test.setTimeout(180_000);
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.setViewportSize({ width: 1400, height: 1000 });
  await signIn(page, "organizer@kateb.local");
  const series = await seriesId(page);
  const items = await openItems(page, series);
  // The seeded earlier session is among the meetings they come from, with items in several statuses.
  expect(items.filter((item) => item.meeting.title === EARLIER_SESSION).length).toBeGreaterThanOrEqual(4);
  expect(new Set(items.map((item) => item.status)).size).toBeGreaterThanOrEqual(3);

  // A new meeting of the series, made through the API as the meeting form does.
  const created = await page.request.post("/api/meetings", {
    data: { seriesId: series, title: TITLE, startsAt: { year: 1398, month: 9, day: 25, hour: 18, minute: 0 }, place: "قم", guests: [], agenda: ["گزارش پیگیری‌ها"] },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id: meetingId } = (await created.json()) as { id: string };

  // Its minutes open with the items in the carry-over section.
  await page.goto(`/meetings/${meetingId}`);
  await expect(page.getByRole("status", { name: "وضعیت اتصال" })).toContainText("متصل");
  const carryOver = page.getByRole("textbox", { name: EDITOR }).locator('section[data-kind="carryOver"]');
  await expect(carryOver.getByRole("heading", { name: CARRIED_HEADING, exact: true })).toBeVisible();
  await expect(carryOver.getByRole("group", { name: "پیگیری", exact: true })).toHaveCount(items.length);

  // The organizer locks them as version 1.
  const lifecycle = page.getByRole("group", { name: "وضعیت صورت‌جلسه" });
  await lifecycle.getByRole("button", { name: "قفل کردن صورت‌جلسه" }).click();
  await lifecycle.getByRole("button", { name: "بله، به‌عنوان نسخهٔ ۱ قفل شود" }).click();
  await expect(lifecycle.getByRole("status")).toHaveText("صورت‌جلسه به‌عنوان نسخهٔ ۱ قفل شد.");

  // The version's page shows the report.
  await page.goto(`/meetings/${meetingId}/versions/1`);
  await expectCarriedReport(page.getByRole("region", { name: "گزارش نسخهٔ ۱" }), items);

  // The Markdown export says the same.
  const markdown = await (await page.request.get(`/api/meetings/${meetingId}/versions/1/export?format=md`)).text();
  expect(markdown).toContain(`## ${CARRIED_HEADING}\n\n| ردیف | اقدام | جلسهٔ مبدأ | نهاد مسئول | مهلت | وضعیت |`);
  const seeded = items.find((item) => item.meeting.title === EARLIER_SESSION);
  if (!seeded) throw new Error("nothing carried from the earlier session");
  expect(markdown).toContain(`| ${seeded.text} | ${EARLIER_SESSION} (${originDay(seeded)}) |`);

  // Published, and read with no cookies and JavaScript off.
  const panel = page.getByRole("region", { name: "انتشار" });
  await panel.getByRole("button", { name: "انتشار نسخهٔ ۱" }).click();
  const link = panel.getByRole("link", { name: /\/r\// });
  await expect(link).toHaveCount(1);
  const path = (await link.getAttribute("href")) ?? "";
  const reader = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 1100, height: 900 } });
  const publicPage = await reader.newPage();
  await publicPage.goto(path);
  await expect(publicPage.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expectCarriedReport(publicPage.locator("body"), items);
  await publicPage.getByRole("region", { name: CARRIED_HEADING, exact: true }).scrollIntoViewIfNeeded();
  await publicPage.screenshot({ path: `${ARTIFACTS}/report-carried-follow-ups-fa.png`, fullPage: true });
  await reader.close();
});
