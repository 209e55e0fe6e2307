// A revoked or unknown published link (/r/<token>) answers 404 with a page
// that reads in Persian and English, under the report's strict
// Content-Security-Policy, without any script: nothing on it is refused by
// the policy (issue 12; it used to be a blank page whose not-found view
// needed the scripts the policy blocks). Revoked and unknown links answer the
// same page, so that the answer tells nothing about which it was.
import { mkdirSync } from "node:fs";
import type { Browser, BrowserContextOptions } from "@playwright/test";
import { REPORT_CSP } from "@/lib/report-csp";
import { expect, signIn, test, type Page } from "./fixtures";

const ARTIFACTS = "test-results/artifacts";
const SERIES = "جلسات گفت‌وگوی ماهانهٔ دفتر کمیسیون در قم";
const TITLE = "نشست آزمون پیوند لغوشده";

const TEXT = {
  fa: { title: "این گزارش در دسترس نیست", body: "پیوند این گزارش لغو شده یا درست نیست." },
  en: { title: "This report is not available", body: "The link to this report was revoked or is not correct." },
};

/** A meeting of the sample series, locked as version 1 and published; answers the link's path and the publication's id. */
async function publishedMeeting(page: Page): Promise<{ meetingId: string; publicationId: string; path: string }> {
  const { series } = (await (await page.request.get("/api/series")).json()) as { series: Array<{ id: string; title: string }> };
  const created = await page.request.post("/api/meetings", {
    data: {
      seriesId: series.find((item) => item.title === SERIES)?.id,
      title: TITLE,
      startsAt: { year: 1404, month: 8, day: 25, hour: 16, minute: 0 },
      place: "قم",
      guests: [],
      agenda: ["دستور نخست"],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id: meetingId } = (await created.json()) as { id: string };
  const locked = await page.request.post(`/api/meetings/${meetingId}/lock`, { data: {} });
  expect(locked.status(), await locked.text()).toBe(201);
  const published = await page.request.post(`/api/meetings/${meetingId}/publications`, { data: { versionNumber: 1 } });
  expect(published.status(), await published.text()).toBe(201);
  const { id: publicationId, path } = (await published.json()) as { id: string; path: string };
  return { meetingId, publicationId, path };
}

interface Reading {
  status: number | undefined;
  csp: string | undefined;
  html: string;
  /** What the browser refused under the policy, and the page's console errors. */
  refused: string[];
  page: Page;
}

/** Opens `path` in a fresh browser (no cookies, JavaScript on; by default one
 * that asks for Persian) and notes what the policy refused. */
async function read(browser: Browser, baseURL: string | undefined, path: string, options: BrowserContextOptions = {}): Promise<Reading> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1000, height: 800 }, locale: "fa-IR", ...options });
  const page = await context.newPage();
  const refused: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // Chromium logs the 404 asked for as an error; anything else counts.
    const asked = message.text().startsWith("Failed to load resource: the server responded with a status of 404") && new URL(message.location().url).pathname === path;
    if (!asked) refused.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => refused.push(`page error: ${error.message}`));
  // Added by the browser's debugging protocol, which the page's policy does not govern.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const seen = ((window as unknown as { __refused?: string[] }).__refused ??= []);
      seen.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  const response = await page.goto(path);
  await page.waitForLoadState("load");
  const violations = await page.evaluate(() => (window as unknown as { __refused?: string[] }).__refused ?? []);
  refused.push(...violations.map((violation) => `policy: ${violation}`));
  return {
    status: response?.status(),
    csp: response?.headers()["content-security-policy"],
    html: (await response?.text()) ?? "",
    refused,
    page,
  };
}

async function expectReadableNotFound(reading: Reading, first: "fa" | "en"): Promise<void> {
  const { page } = reading;
  expect(reading.status).toBe(404);
  expect(reading.csp).toBe(REPORT_CSP);
  for (const locale of ["fa", "en"] as const) {
    const part = page.locator(`[lang="${locale}"]`).filter({ hasText: TEXT[locale].title }).last();
    await expect(part.getByRole("heading", { name: TEXT[locale].title })).toBeVisible();
    await expect(part.getByText(TEXT[locale].body)).toBeVisible();
    await expect(part).toHaveAttribute("dir", locale === "fa" ? "rtl" : "ltr");
  }
  await expect(page.locator("html")).toHaveAttribute("lang", first);
  await expect(page.locator("html")).toHaveAttribute("dir", first === "fa" ? "rtl" : "ltr");
  expect(reading.refused).toEqual([]);
  expect(reading.html.match(/<script[^>]*>/gi) ?? []).toEqual([]);
  // Nothing of any report.
  await expect(page.locator(".kateb-report")).toHaveCount(0);
  expect(reading.html).not.toContain(TITLE);
}

test("a revoked link and an unknown one answer a readable 404 that needs no script", async ({ browser, baseURL }) => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const organizerContext = await browser.newContext({ baseURL });
  const organizer = await organizerContext.newPage();
  await signIn(organizer, "organizer@kateb.local");
  const { meetingId, publicationId, path } = await publishedMeeting(organizer);

  // Live, the link shows the report.
  const live = await read(browser, baseURL, path);
  expect(live.status).toBe(200);
  await expect(live.page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  // The report itself: no script, nothing refused, no console error.
  expect(live.html.match(/<script[^>]*>/gi) ?? []).toEqual([]);
  expect(live.refused).toEqual([]);
  await live.page.context().close();

  const revoked = await organizer.request.delete(`/api/meetings/${meetingId}/publications/${publicationId}`);
  expect(revoked.status(), await revoked.text()).toBe(200);

  const afterRevoke = await read(browser, baseURL, path);
  await expectReadableNotFound(afterRevoke, "fa");
  await afterRevoke.page.screenshot({ path: `${ARTIFACTS}/public-link-revoked-404.png`, fullPage: true });

  // A browser that asks for neither language reads Persian first.
  const unknown = await read(browser, baseURL, "/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", { locale: "de-DE" });
  await expectReadableNotFound(unknown, "fa");
  // The same answer: a reader cannot tell a revoked link from one that never was.
  expect(unknown.html).toBe(afterRevoke.html);

  // Malformed, or deeper under /r/: the same page.
  for (const other of ["/r/not%20a%20token", "/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/more"]) {
    const reading = await read(browser, baseURL, other);
    await expectReadableNotFound(reading, "fa");
    await reading.page.context().close();
  }

  // A reader whose browser asks for English reads English first.
  const english = await read(browser, baseURL, path, { locale: "en-GB" });
  await expectReadableNotFound(english, "en");
  await english.page.screenshot({ path: `${ARTIFACTS}/public-link-revoked-404-en.png`, fullPage: true });

  for (const reading of [afterRevoke, unknown, english]) await reading.page.context().close();
  await organizerContext.close();
});
