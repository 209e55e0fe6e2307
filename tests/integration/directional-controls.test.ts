// Security review (issue 14, finding 6) through the real server: a guest's
// name sent with a right-to-left override is stored without it, and on the
// published report each of a guest's name, role and organisation is isolated,
// so that a control kept from before (stored by an earlier version) reverses
// nothing after it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MeetingView } from "../../server/domain/meeting-view";
import type { SeriesView } from "../../server/domain/series-view";
import { apiClient, type Api } from "../helpers/api-client";
import { startApp, type RunningApp } from "../helpers/app-server";
import { signIn } from "../helpers/sign-in";

const RLO = "\u202e";
const ANY_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

let app: RunningApp;
let organizer: Api;
let seriesId: string;

beforeAll(async () => {
  app = await startApp();
  organizer = apiClient(app.url, await signIn(app.url, "organizer@kateb.local"));
  seriesId = ((await organizer("GET", "/api/series")).body as { series: [SeriesView] }).series[0].id;
});
afterAll(() => app.stop());

async function newMeeting(guest: { name: string; role: string; organisation: string }): Promise<MeetingView> {
  const created = await organizer("POST", "/api/meetings", {
    seriesId,
    title: `\u2067نشست${RLO} آزمایشی`,
    startsAt: { year: 1404, month: 7, day: 1, hour: 17, minute: 0 },
    guests: [guest],
    agenda: [`موضوع${RLO} نخست`],
  });
  expect(created.status).toBe(201);
  return created.body as MeetingView;
}

describe("directional controls", () => {
  it("are not stored from a meeting's title, guests and agenda", async () => {
    const created = await newMeeting({ name: `دکتر مهمان${RLO}`, role: "معاون وزیر", organisation: `${RLO}وزارت رفاه` });
    const read = (await organizer("GET", `/api/meetings/${created.id}`)).body as MeetingView;
    expect(read.title).toBe("نشست آزمایشی");
    expect(read.guests.map(({ name, role, organisation }) => ({ name, role, organisation }))).toEqual([
      { name: "دکتر مهمان", role: "معاون وزیر", organisation: "وزارت رفاه" },
    ]);
    expect(JSON.stringify(read)).not.toMatch(ANY_CONTROL);
  });

  it("stored before cannot reorder a guest's role and organisation on the published report", async () => {
    const meeting = await newMeeting({ name: "Dr Guest", role: "معاون وزیر", organisation: "وزارت رفاه" });
    // As an earlier version stored it, before input was cleaned.
    await app.db.guest.updateMany({ where: { meetingId: meeting.id }, data: { name: `Dr Guest${RLO}` } });
    const locked = await organizer("POST", `/api/meetings/${meeting.id}/lock`, {});
    expect(locked.status).toBe(201);
    const published = await organizer("POST", `/api/meetings/${meeting.id}/publications`, { versionNumber: 1 });
    expect(published.status).toBe(201);
    const html = await (await fetch(`${app.url}${(published.body as { path: string }).path}`)).text();

    expect(html).toContain("<bdi>Dr Guest</bdi>، <bdi>معاون وزیر</bdi>، <bdi>وزارت رفاه</bdi>");
    expect(html).not.toMatch(ANY_CONTROL);
  });
});
