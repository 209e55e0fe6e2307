// Opening minutes is read-only until the person types (issue 12): the seeded
// earlier session, locked as version 1, opened by each role, and a live
// meeting opened by a note-taker, send no document update at all — the sync
// step 2 that answers the server's step 1 carries nothing — and no error
// notice appears. Every frame the page sends to /collab passes through the
// test and is decoded (Yjs update: any struct or deletion counts as a write),
// up to an in-band probe the page answers after everything it sent before.
import type { Browser } from "@playwright/test";
import { DocumentWriteRecorder } from "../helpers/document-writes";
import { expect, signIn, test, type Page } from "./fixtures";
import { connection, createMeeting, editor } from "./meeting-page";

const EARLIER_SESSION = "گفت‌وگو با مدیرکل بهزیستی استان قم دربارهٔ کودکان کار و خانواده‌های آسیب‌پذیر";
const LIVE_MEETING = "نشست آزمون گشودن صورت‌جلسه بدون نوشتن";
const ORGANIZER = "organizer@kateb.local";
const NOTE_TAKER = "notetaker1@kateb.local";
const ROLES = [
  { role: "organizer", email: ORGANIZER },
  { role: "note-taker", email: NOTE_TAKER },
  { role: "reviewer", email: "reviewer@kateb.local" },
  { role: "viewer", email: "viewer@kateb.local" },
] as const;

async function signedInPage(browser: Browser, baseURL: string | undefined, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1300, height: 900 } });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

async function meetingIdByTitle(page: Page, title: string): Promise<string> {
  const answer = await page.request.get("/api/meetings");
  expect(answer.status()).toBe(200);
  const { upcoming, past } = (await answer.json()) as Record<"upcoming" | "past", Array<{ id: string; title: string }>>;
  const id = [...upcoming, ...past].find((meeting) => meeting.title === title)?.id;
  expect(id, `a meeting titled ${title}`).toBeTruthy();
  return id ?? "";
}

/** A new meeting of the sample series, in the past (live), with the note-taker as member. */
const createLiveMeeting = (page: Page): Promise<string> =>
  createMeeting(page, {
    title: LIVE_MEETING,
    place: "قم",
    guests: [{ name: "دکتر حبیب‌الله مسعودی فرید", role: "معاون", organisation: "سازمان بهزیستی کشور" }],
    agenda: ["کودکان در معرض آسیب"],
    members: [{ email: NOTE_TAKER, role: "note-taker" }],
  });

/**
 * Opens the minutes, waits until they are shown, moves around in them without
 * typing (a click, arrow keys: each a new editor state), and answers every
 * document write the page sent by then; no error notice may be shown. (The
 * notices are checked softly, so that a failure names the writes too.)
 */
async function openWithoutTyping(page: Page, meetingId: string, expected: { heading: string; editable: boolean }): Promise<string[]> {
  const recorder = await DocumentWriteRecorder.attach(page);
  await page.goto(`/meetings/${meetingId}`);
  const minutes = editor(page);
  await expect(minutes.getByRole("heading", { name: expected.heading, exact: true })).toBeVisible();
  await expect(minutes).toHaveAttribute("contenteditable", String(expected.editable));
  await expect.soft(connection(page)).toContainText("متصل");
  if (expected.editable) await expect.soft(connection(page)).toContainText("همهٔ تغییرات ذخیره شد");

  await minutes.getByRole("heading", { name: expected.heading, exact: true }).click();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("End");
  if (recorder.serverCloses.length === 0) await recorder.everythingSent();

  await expect.soft(page.locator(".minutes-frame").getByRole("alert")).toHaveCount(0);
  await expect.soft(connection(page)).not.toContainText("اتصال قطع شد");
  expect.soft(recorder.serverCloses, "close codes from the server").toEqual([]);
  await page.context().close();
  return recorder.writes;
}

test.describe("opening minutes sends no document update", () => {
  for (const { role, email } of ROLES) {
    test(`the locked earlier session, opened by the ${role}`, async ({ browser, baseURL }) => {
      const page = await signedInPage(browser, baseURL, email);
      const meetingId = await meetingIdByTitle(page, EARLIER_SESSION);
      const writes = await openWithoutTyping(page, meetingId, { heading: EARLIER_SESSION, editable: false });
      expect(writes).toEqual([]);
    });
  }

  test("a live meeting, opened by a note-taker", async ({ browser, baseURL }) => {
    const organizer = await signedInPage(browser, baseURL, ORGANIZER);
    const meetingId = await createLiveMeeting(organizer);
    await organizer.context().close();
    const page = await signedInPage(browser, baseURL, NOTE_TAKER);
    const writes = await openWithoutTyping(page, meetingId, { heading: LIVE_MEETING, editable: true });
    expect(writes).toEqual([]);
  });
});
