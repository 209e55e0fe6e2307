// The follow-up dashboard of the seeded sample series, reached from the series
// page as a reader would: its charts are drawn from the seeded earlier session
// (every status, five bodies, closing times, overdue items). A screenshot is
// saved in test-results/artifacts/ (docs/screenshots/ keeps a copy).
import { mkdirSync } from "node:fs";
import { expect, signIn, test } from "./fixtures";

const ARTIFACTS = "test-results/artifacts";
const SERIES = "جلسات گفت‌وگوی ماهانهٔ دفتر کمیسیون در قم";

const fromPersianDigits = (text: string): number => Number(text.trim().replace(/[۰-۹]/g, (digit) => String("۰۱۲۳۴۵۶۷۸۹".indexOf(digit))));

test("the seeded series' dashboard draws its follow-ups as charts, in Persian, right to left", async ({ page }) => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, "reviewer@kateb.local");
  await page.getByRole("navigation", { name: "ناوبری اصلی" }).getByRole("link", { name: "مجموعه‌ها" }).click();
  await page.getByRole("heading", { level: 2, name: SERIES }).getByRole("link").click();
  await page.getByRole("navigation", { name: "کارها" }).getByRole("link", { name: "داشبورد پیگیری‌ها" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "داشبورد پیگیری‌ها", exact: true })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const charts = page.getByRole("img");
  await expect(charts).toHaveCount(4);
  const closure = page.getByRole("img", { name: "نرخ بسته‌شدن بر پایهٔ نهاد مسئول" });
  for (const name of ["ادارهٔ کل بهزیستی استان قم", "مدیریت حوزهٔ علمیهٔ قم", "شهرداری قم", "دانشگاه قم", "استانداری قم"]) {
    await expect(closure.locator("text").filter({ hasText: name })).toBeVisible();
  }
  // The welfare office closed two of its three items (the seed's history).
  await expect(closure.locator("text").filter({ hasText: "۲ بسته از ۳" })).toBeVisible();
  // "All items" is what the status bars add up to: each item under one status,
  // the withdrawn one included, and no bar counting an item twice.
  const total = fromPersianDigits(await page.locator(".dashboard-summary > div").filter({ hasText: "همهٔ موارد" }).locator("dd").innerText());
  const bars = await page.getByRole("img", { name: "موارد بر پایهٔ وضعیت" }).locator("g").evaluateAll((groups) =>
    groups.map((group) => group.querySelectorAll("text")[1]?.textContent ?? ""),
  );
  expect(bars).toHaveLength(6);
  expect(total).toBe(10);
  expect(bars.map(fromPersianDigits).reduce((sum, value) => sum + value, 0)).toBe(total);
  await page.screenshot({ path: `${ARTIFACTS}/tracker-dashboard-seeded-fa.png`, fullPage: true });
});
