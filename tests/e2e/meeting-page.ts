// The meeting page as the specs drive it, and the meeting they drive it on.
// Labels come from the UI catalogues (lib/i18n), in the page's language, so a
// reworded label changes here and in the app at once. Each action is a
// test.step, so that a failure's report names the step it stopped in.
import type { Locator, Page } from "@playwright/test";
import type { Locale } from "@/lib/i18n/locales";
import { formatInteger } from "@/lib/i18n/numbers";
import { translate } from "@/lib/i18n/translate";
import type { Role } from "@/lib/roles";
import { expect, test } from "./fixtures";

/** The seeded sample series (data, not a UI string). */
export const SAMPLE_SERIES = "جلسات گفت‌وگوی ماهانهٔ دفتر کمیسیون در قم";

/** The seeded demo users, as the pages name them. */
export const DEMO_PEOPLE = {
  organizer: { email: "organizer@kateb.local", name: "زهرا احمدی" },
  notetaker1: { email: "notetaker1@kateb.local", name: "علی رضایی" },
  notetaker2: { email: "notetaker2@kateb.local", name: "مریم حسینی" },
  reviewer: { email: "reviewer@kateb.local", name: "حسن کریمی" },
  viewer: { email: "viewer@kateb.local", name: "Sara Viewer" },
} as const;

export interface NewMeeting {
  title: string;
  /** Jalali, Tehran time. The default is in the past: the minutes are being written ("live"), not a draft. */
  startsAt?: { year: number; month: number; day: number; hour: number; minute: number };
  place?: string;
  guests?: Array<{ name: string; role: string; organisation: string }>;
  agenda: string[];
  /** Added after the meeting is made, in this order. */
  members?: Array<{ email: string; role: Role }>;
  /** The sample series unless given. */
  seriesId?: string;
}

/** Makes a meeting through the API as the user signed in on `page` (an organizer); its id. */
export function createMeeting(page: Page, meeting: NewMeeting): Promise<string> {
  return test.step(`create the meeting "${meeting.title}"`, async () => {
    const seriesId = meeting.seriesId ?? (await sampleSeriesId(page));
    const created = await page.request.post("/api/meetings", {
      data: {
        seriesId,
        title: meeting.title,
        startsAt: meeting.startsAt ?? { year: 1404, month: 8, day: 25, hour: 16, minute: 0 },
        place: meeting.place,
        guests: meeting.guests,
        agenda: meeting.agenda,
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    for (const { email, role } of meeting.members ?? []) {
      const added = await page.request.post(`/api/meetings/${id}/members`, { data: { email, role } });
      expect(added.status(), await added.text()).toBe(201);
    }
    return id;
  });
}

async function sampleSeriesId(page: Page): Promise<string> {
  const answer = await page.request.get("/api/series");
  expect(answer.status()).toBe(200);
  const { series } = (await answer.json()) as { series: Array<{ id: string; title: string }> };
  const id = series.find((item) => item.title === SAMPLE_SERIES)?.id;
  expect(id, `the sample series "${SAMPLE_SERIES}"`).toBeTruthy();
  return id ?? "";
}

/** The minutes' editor. */
export const editor = (page: Page, locale: Locale = "fa"): Locator =>
  page.getByRole("textbox", { name: translate(locale, "editor.label") });

/** The connection and save indicator. */
export const connection = (page: Page, locale: Locale = "fa"): Locator =>
  page.getByRole("status", { name: translate(locale, "connection.label") });

/** Opens the meeting's page and waits until its editor is connected. */
export function openMeeting(page: Page, meetingId: string, locale: Locale = "fa"): Promise<void> {
  return test.step("open the meeting", async () => {
    await page.goto(`/meetings/${meetingId}`);
    await expect(connection(page, locale)).toContainText(translate(locale, "connection.connected"));
  });
}

/** Waits until the indicator says every change is saved. */
export function waitUntilSaved(page: Page, locale: Locale = "fa"): Promise<void> {
  return test.step("wait until every change is saved", async () => {
    await expect(connection(page, locale)).toContainText(translate(locale, "save.saved"));
  });
}

/** The sign-in page's labels in `locale` (for fixtures.ts's signIn). */
export function signInLabels(locale: Locale): { email: string; password: string; submit: string } {
  return { email: translate(locale, "auth.email"), password: translate(locale, "auth.password"), submit: translate(locale, "auth.signIn.submit") };
}

/** The new-meeting form's labels in `locale`; the numbered rows count as the page does. */
export function meetingFormLabels(locale: Locale) {
  const t = (key: Parameters<typeof translate>[1]): string => translate(locale, key);
  const numbered = (key: "meetingForm.guest" | "meetingForm.topic") => (n: number) => translate(locale, key, { n: formatInteger(n, locale) });
  return {
    heading: t("meetingForm.newTitle"),
    series: t("meetingForm.series"),
    title: t("meetingForm.title"),
    day: t("meetingForm.day"),
    month: t("meetingForm.month"),
    year: t("meetingForm.year"),
    hour: t("meetingForm.hour"),
    minute: t("meetingForm.minute"),
    place: t("meetingForm.place"),
    addGuest: t("meetingForm.addGuest"),
    guest: numbered("meetingForm.guest"),
    name: t("meetingForm.name"),
    position: t("meetingForm.position"),
    organisation: t("meetingForm.organisation"),
    topic: numbered("meetingForm.topic"),
    addTopic: t("meetingForm.addTopic"),
    create: t("meetingForm.create"),
  };
}
