// A new meeting of the sample series, made by the organizer in a browser
// context of its own, with the given accounts as note-takers: a fresh document
// for one test.
import type { Browser } from "@playwright/test";
import { signIn } from "./fixtures";
import { createMeeting as createMeetingAs } from "./meeting-page";

export async function createMeeting(browser: Browser, baseURL: string | undefined, title: string, noteTakers: readonly string[]): Promise<string> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, "organizer@kateb.local");
  const id = await createMeetingAs(page, {
    title: `${title} ${Date.now()}`,
    startsAt: { year: 1404, month: 9, day: 12, hour: 10, minute: 0 },
    agenda: ["وضعیت اورژانس اجتماعی"],
    members: noteTakers.map((email) => ({ email, role: "note-taker" })),
  });
  await context.close();
  return id;
}
