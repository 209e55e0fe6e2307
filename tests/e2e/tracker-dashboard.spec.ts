// The follow-up dashboard of the seeded sample series, reached from the series
// page as a reader would: its charts are drawn from the seeded earlier session
// (every status, five bodies, closing times, overdue items). A screenshot is
// saved in test-results/artifacts/ (docs/screenshots/ keeps a copy).
import { mkdirSync } from "node:fs";
import { expect, signIn, test } from "./fixtures";

const ARTIFACTS = "test-results/artifacts";
const SERIES = "جلسات گفت‌وگوی ماهانهٔ دفتر کمیسیون در قم";

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
  await page.screenshot({ path: `${ARTIFACTS}/tracker-dashboard-seeded-fa.png`, fullPage: true });
});
