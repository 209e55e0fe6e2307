// A new meeting of the sample series, made by the organizer through the API,
// with the given accounts as note-takers: a fresh document for one test.
import type { Browser } from "@playwright/test";
import { expect, signIn } from "./fixtures";

const SERIES = "جلسات گفت‌وگوی ماهانهٔ دفتر کمیسیون در قم";

export async function createMeeting(browser: Browser, baseURL: string | undefined, title: string, noteTakers: readonly string[]): Promise<string> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, "organizer@kateb.local");
  const { series } = (await (await page.request.get("/api/series")).json()) as { series: Array<{ id: string; title: string }> };
  const seriesId = series.find((item) => item.title === SERIES)?.id;
  const created = await page.request.post("/api/meetings", {
    data: {
      seriesId,
      title: `${title} ${Date.now()}`,
      startsAt: { year: 1404, month: 9, day: 12, hour: 10, minute: 0 },
      agenda: ["وضعیت اورژانس اجتماعی"],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  for (const email of noteTakers) {
    const added = await page.request.post(`/api/meetings/${id}/members`, { data: { email, role: "note-taker" } });
    expect(added.status(), await added.text()).toBe(201);
  }
  await context.close();
  return id;
}
