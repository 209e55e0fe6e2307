// A series' letterhead (issue 16): its organizer types the organisation and
// the unit and uploads a logo on the series page; an SVG is refused with a
// sentence and the logo stays; a version locked afterwards prints the
// letterhead atop its report. A reviewer of the series' meeting sees no editor.
// Screenshots: test-results/artifacts/letterhead-series.png and
// letterhead-version.png. The test makes its own series: the sample's reports
// stay as they are for the other tests.
import { mkdirSync } from "node:fs";
import { translate } from "@/lib/i18n/translate";
import { pngImage } from "../helpers/images";
import { expect, signedInSession, test } from "./fixtures";
import { createMeeting, DEMO_PEOPLE } from "./meeting-page";

const t = (key: Parameters<typeof translate>[1], values?: Record<string, string>): string => translate("fa", key, values);
const ARTIFACTS = "test-results/artifacts";
const ORGANISATION = "کمیسیون حقوق بشر اسلامی";
const UNIT = "دفتر نمایندگی قم";

test("the organizer sets the series' letterhead and a locked version prints it; a reviewer sees no editor", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  mkdirSync(ARTIFACTS, { recursive: true });
  const { page, context } = await signedInSession(browser, baseURL, DEMO_PEOPLE.organizer.email);
  const created = await page.request.post("/api/series", { data: { title: "مجموعهٔ آزمون سربرگ" } });
  expect(created.status(), await created.text()).toBe(201);
  const { id: seriesId } = (await created.json()) as { id: string };

  await page.goto(`/series/${seriesId}`);
  const region = page.getByRole("region", { name: t("letterhead.title") });
  await region.getByLabel(t("letterhead.organisation")).fill(ORGANISATION);
  await region.getByLabel(t("letterhead.unit")).fill(UNIT);
  await region.getByRole("button", { name: t("letterhead.save") }).click();
  await expect(region.getByRole("status")).toHaveText(t("letterhead.saved"));

  const logoInput = region.getByLabel(t("letterhead.logo"));
  await logoInput.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from(pngImage(180, 60)) });
  await expect(region.getByRole("status")).toHaveText(t("letterhead.logoSaved"));
  const preview = region.getByRole("img", { name: t("letterhead.logoAlt", { organisation: ORGANISATION }) });
  await expect(preview).toBeVisible();

  await logoInput.setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg"/>`) });
  await expect(region.getByRole("alert")).toHaveText(t("invalid.logo.notImage"));
  await expect(preview).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/letterhead-series.png`, fullPage: true });

  const meetingId = await createMeeting(page, {
    seriesId,
    title: "نشست آزمون سربرگ",
    agenda: ["دستور نخست"],
    members: [{ email: DEMO_PEOPLE.reviewer.email, role: "reviewer" }],
  });
  const locked = await page.request.post(`/api/meetings/${meetingId}/lock`, { data: {} });
  expect(locked.status(), await locked.text()).toBe(201);
  await page.goto(`/meetings/${meetingId}/versions/1`);
  const report = page.locator(".kateb-report");
  await expect(report.locator(".kr-organisation")).toHaveText(ORGANISATION);
  await expect(report.locator(".kr-unit")).toHaveText(UNIT);
  await expect(report.getByRole("img", { name: t("letterhead.logoAlt", { organisation: ORGANISATION }) })).toBeVisible();
  await report.screenshot({ path: `${ARTIFACTS}/letterhead-version.png` });
  await context.close();

  const reviewer = await signedInSession(browser, baseURL, DEMO_PEOPLE.reviewer.email);
  await reviewer.page.goto(`/series/${seriesId}`);
  await expect(reviewer.page.getByRole("heading", { level: 1 })).toHaveText("مجموعهٔ آزمون سربرگ");
  await expect(reviewer.page.getByRole("region", { name: t("letterhead.title") })).toHaveCount(0);
  await reviewer.context.close();
});
