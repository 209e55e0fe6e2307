// Security review (issue 14, finding 6) through the real server: a guest's
// name sent with a right-to-left override is stored without it, and on the
// published report each of a guest's name, role and organisation is isolated,
// so that a control kept from before (stored by an earlier version) reverses
// nothing after it; the exports' files and their names keep none of the user's.
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MeetingView } from "@/server/domain/meetings/meeting-view";
import type { SeriesView } from "@/server/domain/series/series-view";
import { apiClient, type Api } from "../helpers/api-client";
import { startApp, type RunningApp } from "../helpers/app-server";
import { signIn } from "../helpers/sign-in";
import { lockWith, trackerMinutes } from "../helpers/tracker-minutes";

const RLO = "\u202e";
const ANY_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

let app: RunningApp;
let organizer: Api;
let organizerCookie: string;
let seriesId: string;

beforeAll(async () => {
  app = await startApp();
  organizerCookie = await signIn(app.url, "organizer@kateb.local");
  organizer = apiClient(app.url, organizerCookie);
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
    // The window's title is the meeting's (the page is the report itself); no control is left anywhere.
    expect(html).toContain("<title>نشست آزمایشی</title>");
    expect(html).not.toMatch(ANY_CONTROL);
  });

  it("stored before, or typed into the minutes, reach no export nor its file name", async () => {
    const meeting = await newMeeting({ name: "Dr Guest", role: "معاون وزیر", organisation: "وزارت رفاه" });
    // A name that shows its extension reversed ("…gnp.") unless the override is dropped.
    await app.db.meeting.update({ where: { id: meeting.id }, data: { title: `نشست${RLO}gnp.` } });
    const organizerId = (await app.db.user.findUniqueOrThrow({ where: { email: "organizer@kateb.local" } })).id;
    await lockWith(
      app.db,
      meeting.id,
      organizerId,
      trackerMinutes({ followUps: [{ id: "isolationexport1", text: `گزارش${RLO} اورژانس`, responsibleBody: `Welfare Office${RLO}` }] }),
    );
    const download = (path: string): Promise<Response> => fetch(`${app.url}${path}`, { headers: { cookie: organizerCookie } });
    const fileName = (response: Response): string =>
      decodeURIComponent(/filename\*=UTF-8''(.*)$/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "");

    const markdown = await download(`/api/meetings/${meeting.id}/versions/1/export?format=md`);
    expect(markdown.status).toBe(200);
    expect(fileName(markdown)).toBe("نشستgnp. v1.md");
    expect(await markdown.text()).not.toMatch(ANY_CONTROL);

    const csv = await download(`/api/series/${seriesId}/tracker/export?format=csv&meeting=${meeting.id}`);
    expect(csv.status).toBe(200);
    const table = await csv.text();
    expect(table).toContain("گزارش اورژانس");
    expect(table).toContain("Welfare Office");
    expect(table).not.toMatch(ANY_CONTROL);

    const docx = await download(`/api/series/${seriesId}/tracker/export?format=docx&meeting=${meeting.id}`);
    expect(docx.status).toBe(200);
    expect(fileName(docx)).not.toMatch(ANY_CONTROL);
    const xml = (await (await JSZip.loadAsync(await docx.arrayBuffer())).file("word/document.xml")?.async("string")) ?? "";
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1] ?? "");
    // The series' name isolated in the title; no control anywhere else.
    expect(texts[0]).toMatch(/^پیگیری‌های \u2068[^\u2068\u2069]+\u2069$/);
    expect(texts.slice(1).join("")).not.toMatch(ANY_CONTROL);
    expect(texts).toEqual(expect.arrayContaining(["گزارش اورژانس", "Welfare Office"]));
  });
});
