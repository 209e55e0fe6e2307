// The published report fits a 390 px phone (issue 16: its content was 431 px
// wide and cut off): the sample meeting, locked and published, read in
// Chromium at 390×844 with JavaScript off as a reader opens a shared link. The
// page is no wider than the screen; long Persian words wrap; the follow-up
// tables scroll inside their own box instead of widening the page. A
// screenshot is saved in test-results/artifacts/ (docs/screenshots/ keeps a copy).
//
// The sample meeting is locked here, in a Kateb of this test's own (the
// shared one's sample meeting stays open for the other tests).
import { mkdirSync } from "node:fs";
import { expect, signIn, test, type Page } from "./fixtures";
import { startKateb, type KatebProcess } from "./kateb-process";

const ARTIFACTS = "test-results/artifacts";
const PHONE = { width: 390, height: 844 };
/** The sample meeting's title (server/demo/seed.ts). */
const SAMPLE_TITLE =
  "گفت‌وگوی یک مسئول با جمعی از اساتید حوزه و دانشگاه پیرامون حمایت از گروه‌های آسیب‌پذیر و تقویت برنامه‌های ملی مواجهه با آسیب‌های اجتماعی";

let kateb: KatebProcess;

test.beforeAll(async () => {
  kateb = await startKateb();
});
test.afterAll(async () => kateb.stop());

/** Locks the sample meeting as version 1 and publishes it; answers the link's path. */
async function publishSampleMeeting(page: Page): Promise<string> {
  const meetings = (await (await page.request.get("/api/meetings")).json()) as { upcoming: Array<{ id: string; title: string }>; past: Array<{ id: string; title: string }> };
  const sample = [...meetings.upcoming, ...meetings.past].find((meeting) => meeting.title === SAMPLE_TITLE);
  expect(sample, "the sample meeting").toBeTruthy();
  const meetingId = sample?.id ?? "";
  const locked = await page.request.post(`/api/meetings/${meetingId}/lock`, { data: {} });
  expect(locked.status(), await locked.text()).toBe(201);
  const published = await page.request.post(`/api/meetings/${meetingId}/publications`, { data: { versionNumber: 1 } });
  expect(published.status(), await published.text()).toBe(201);
  return ((await published.json()) as { path: string }).path;
}

/** How wide the page's content is, and the elements that reach past the screen's edges. */
function overflow(page: Page): Promise<{ scrollWidth: number; outside: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const outside: string[] = [];
    for (const element of document.querySelectorAll("body *")) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || (box.right <= width + 0.5 && box.left >= -0.5)) continue;
      // What scrolls inside its own box is within the screen; its content is not the page's.
      if (element.closest(".kr-table-scroll") && !element.classList.contains("kr-table-scroll")) continue;
      outside.push(`${element.tagName.toLowerCase()}.${element.className} ${Math.round(box.left)}…${Math.round(box.right)}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, outside: outside.slice(0, 10) };
  });
}

test("the published sample meeting fits a 390 px phone", async ({ browser }) => {
  test.setTimeout(120_000);
  mkdirSync(ARTIFACTS, { recursive: true });
  const organizerContext = await browser.newContext({ baseURL: kateb.url });
  const organizer = await organizerContext.newPage();
  await signIn(organizer, "organizer@kateb.local");
  const path = await publishSampleMeeting(organizer);

  const reader = await browser.newContext({ baseURL: kateb.url, viewport: PHONE, javaScriptEnabled: false, locale: "fa-IR" });
  const page = await reader.newPage();
  expect((await page.goto(path))?.status()).toBe(200);
  const report = page.locator(".kateb-report");
  await expect(report.getByRole("heading", { level: 1 })).toHaveText(SAMPLE_TITLE);
  // The follow-ups are there, in a table that scrolls on its own.
  const followUps = report.locator("table.kr-table").first();
  await expect(followUps).toBeVisible();
  const { scrollWidth, outside } = await overflow(page);
  expect(outside).toEqual([]);
  expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
  await page.screenshot({ path: `${ARTIFACTS}/public-report-390.png`, fullPage: true });

  await reader.close();
  await organizerContext.close();
});
