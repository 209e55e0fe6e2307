// Issue 16, "States everywhere": a note-taker's status line follows the
// minutes' lock, reopen, publish and revoke as they happen — made by the
// organizer from another browser — without a reload, within a few seconds
// (the open page hears of them over its collaboration connection). Then the
// meeting lists, the home page's and the series page's, say where each
// meeting's minutes stand.
//
// The test creates and uses its own meeting; the sample meeting is left alone.
import { translate } from "@/lib/i18n/translate";
import { expect, signedInSession, test, type Page } from "./fixtures";
import { DEMO_PEOPLE, createMeeting, openMeeting } from "./meeting-page";

const TITLE = "نشست آزمون وضعیت زندهٔ صورت‌جلسه";
/** Well under the fallback poll's period: only the socket can be this quick. */
const LIVE = { timeout: 5_000 };

const t = (key: Parameters<typeof translate>[1], values?: Record<string, string>): string => translate("fa", key, values);
const stateText = (state: string): string => t("lifecycle.state", { state });
const lifecycle = (page: Page) => page.getByRole("group", { name: t("lifecycle.title") });
const stateLine = (page: Page) => lifecycle(page).locator(".lifecycle__state .lifecycle__label");
const card = (page: Page, title: string) => page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title, exact: true }) });

async function call(page: Page, method: "POST" | "DELETE", path: string, data?: object): Promise<{ id?: string }> {
  const response = await page.request.fetch(path, { method, data: data ?? {} });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return (await response.json()) as { id?: string };
}

test("the note-taker's status line follows lock, reopen, publish and revoke live; the lists show each meeting's state", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const organizer = await signedInSession(browser, baseURL, DEMO_PEOPLE.organizer.email);
  const title = `${TITLE} ${Date.now()}`;
  const meetingId = await createMeeting(organizer.page, {
    title,
    agenda: ["گزارش دبیرخانه"],
    members: [{ email: DEMO_PEOPLE.notetaker1.email, role: "note-taker" }],
  });
  const noteTaker = await signedInSession(browser, baseURL, DEMO_PEOPLE.notetaker1.email);
  const page = noteTaker.page;
  await openMeeting(page, meetingId);
  await openMeeting(organizer.page, meetingId);
  await expect(stateLine(page)).toHaveText(stateText(t("minutesState.live")));

  // The organizer locks from their own browser (another tab, as far as this page knows).
  await call(organizer.page, "POST", `/api/meetings/${meetingId}/lock`, { note: "" });
  await expect(stateLine(page)).toHaveText(stateText(t("minutesState.locked", { version: "۱" })), LIVE);
  await expect(lifecycle(page)).toContainText(DEMO_PEOPLE.organizer.name);
  await lifecycle(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/artifacts/live-state-locked-fa.png" });

  await call(organizer.page, "POST", `/api/meetings/${meetingId}/reopen`);
  await expect(stateLine(page)).toHaveText(stateText(t("minutesState.revising", { version: "۱" })), LIVE);

  await call(organizer.page, "POST", `/api/meetings/${meetingId}/lock`, { note: "" });
  await expect(stateLine(page)).toHaveText(stateText(t("minutesState.locked", { version: "۲" })), LIVE);

  const publication = await call(organizer.page, "POST", `/api/meetings/${meetingId}/publications`, { versionNumber: 2 });
  await expect(stateLine(page)).toHaveText(stateText(t("minutesState.published", { version: "۲" })), LIVE);
  // The organizer's own open page follows too, though it did not click anything there.
  await expect(stateLine(organizer.page)).toHaveText(stateText(t("minutesState.published", { version: "۲" })), LIVE);
  await page.screenshot({ path: "test-results/artifacts/live-state-published-fa.png" });

  await call(organizer.page, "DELETE", `/api/meetings/${meetingId}/publications/${publication.id ?? ""}`);
  await expect(stateLine(page)).toHaveText(stateText(t("minutesState.locked", { version: "۲" })), LIVE);

  // The lists: this meeting is locked at version 2; the sample meeting, written
  // before the sample series' earlier session was locked, has its own state.
  await page.goto("/");
  await expect(card(page, title)).toContainText(t("minutesState.locked", { version: "۲" }));
  await page.screenshot({ path: "test-results/artifacts/meeting-list-states-fa.png", fullPage: true });
  await card(page, title).getByRole("link", { name: /جلسات/ }).first().click();
  await expect(page).toHaveURL(/\/series\//);
  await expect(card(page, title)).toContainText(t("minutesState.locked", { version: "۲" }));

  await organizer.context.close();
  await noteTaker.context.close();
});
