// /api/meetings and /api/meetings/:id through the real server: listing,
// creating (Jalali date in Tehran time), reading (members only) and editing
// (organizers only), with the bad input of issue 3 saving nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { meetingDocName } from "@/lib/collab-protocol";
import { readMeetingMinutes } from "@/server/domain/minutes/read-meeting-minutes";
import type { MeetingList } from "@/server/domain/meetings/list-meetings";
import type { MeetingView } from "@/server/domain/meetings/meeting-view";
import type { SeriesView } from "@/server/domain/series/series-view";
import { EARLIER_SESSION } from "@/server/demo/seed-earlier-session";
import { appForFile } from "../fixtures/app-for-file";
import { demoAccounts, signedInUsers } from "../fixtures/signed-in-users";
import { errorOf } from "../helpers/api-client";
import { createUser } from "../helpers/factories";
import { rowCounts } from "../helpers/row-counts";

const app = appForFile();
/** The demo users, and an outsider: a member of another meeting only. */
const users = signedInUsers(["organizer", "noteTaker", "reviewer", "viewer", "outsider"]);
const { anonymous, organizer, organizerEn, noteTaker, reviewer, viewer, outsider } = users;
let sampleSeries: SeriesView;
let sampleMeetingId: string;

/** Serialised as the API answers it. */
type Json<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] };
type Meeting = Json<MeetingView>;
type Listed = { upcoming: Array<Json<MeetingList["upcoming"][number]>>; past: Array<Json<MeetingList["past"][number]>> };

const FUTURE = { year: 1450, month: 1, day: 20, hour: 9, minute: 30 };

const newMeeting = (overrides: Record<string, unknown> = {}) => ({
  seriesId: sampleSeries.id,
  title: "گفت‌وگو با معاون وزیر",
  startsAt: FUTURE,
  place: "قم، دفتر کمیسیون",
  guests: [{ name: "دکتر مهمان", role: "معاون وزیر", organisation: "وزارت رفاه" }],
  attendees: [{ name: "استاد حوزه", affiliation: "حوزهٔ علمیه" }],
  agenda: ["کودکان", "زنان سرپرست خانوار", "اورژانس اجتماعی"],
  ...overrides,
});

beforeAll(async () => {
  await users.signIn(app, await demoAccounts(app));
  [sampleSeries] = ((await organizer("GET", "/api/series")).body as { series: [SeriesView] }).series;
  sampleMeetingId = ((await organizer("GET", "/api/meetings")).body as Listed).past[0]?.id ?? "";
  // The outsider organizes a meeting of their own, in their own series.
  const own = (await outsider("POST", "/api/series", { title: "مجموعهٔ دیگر" })).body as SeriesView;
  expect((await outsider("POST", "/api/meetings", newMeeting({ seriesId: own.id }))).status).toBe(201);
});

describe("GET /api/meetings", () => {
  it("requires authentication", async () => {
    expect((await anonymous("GET", "/api/meetings")).status).toBe(401);
  });

  it("lists a member's meetings, upcoming soonest first and past latest first", async () => {
    const later = (await organizer("POST", "/api/meetings", newMeeting({ title: "دیرتر", startsAt: { ...FUTURE, year: 1451 } })))
      .body as Meeting;
    const sooner = (await organizer("POST", "/api/meetings", newMeeting({ title: "زودتر" }))).body as Meeting;
    const list = (await organizer("GET", "/api/meetings")).body as Listed;
    expect(list.upcoming.map((meeting) => meeting.id)).toEqual([sooner.id, later.id]);
    // The seed's two sessions of the sample series, latest first: the sample meeting, then the one a month before it.
    expect(list.past).toHaveLength(2);
    expect(list.past[0]).toMatchObject({ role: "organizer", startsAt: "2019-11-16T14:30:00.000Z", series: { id: sampleSeries.id } });
    expect(list.past[1]).toMatchObject({ role: "organizer", title: EARLIER_SESSION.title, series: { id: sampleSeries.id } });
    // Where each meeting's minutes stand: ahead, a draft; the sample being written; the earlier session locked.
    expect(list.upcoming.map((meeting) => meeting.state)).toEqual([{ kind: "draft" }, { kind: "draft" }]);
    expect(list.past[0]?.state).toEqual({ kind: "live" });
    expect(list.past[1]?.state).toMatchObject({ kind: "locked", version: 1, lockedBy: "زهرا احمدی", published: null });
    const forViewer = (await viewer("GET", "/api/meetings")).body as Listed;
    expect(forViewer).toMatchObject({
      upcoming: [],
      past: [
        { id: sampleMeetingId, role: "viewer" },
        { title: EARLIER_SESSION.title, role: "viewer" },
      ],
    });
  });

  it("says where each meeting's minutes stand as they are locked, published, revoked and reopened", async () => {
    const meeting = (await organizer("POST", "/api/meetings", newMeeting({ title: "وضعیت‌ها", startsAt: { ...FUTURE, year: 1400 } }))).body as Meeting;
    const stateNow = async () => {
      const list = (await noteTaker("GET", `/api/meetings?seriesId=${sampleSeries.id}`)).body as Listed;
      return list.past.find((listed) => listed.id === meeting.id)?.state;
    };
    expect((await organizer("POST", `/api/meetings/${meeting.id}/members`, { email: "notetaker1@kateb.local", role: "note-taker" })).status).toBe(201);
    expect(await stateNow()).toEqual({ kind: "live" });
    expect((await organizer("POST", `/api/meetings/${meeting.id}/lock`, {})).status).toBe(201);
    expect(await stateNow()).toMatchObject({ kind: "locked", version: 1, published: null });
    const published = await organizer("POST", `/api/meetings/${meeting.id}/publications`, { versionNumber: 1 });
    expect(published.status).toBe(201);
    expect(await stateNow()).toMatchObject({ kind: "published", version: 1 });
    const link = (published.body as { id: string }).id;
    expect((await organizer("DELETE", `/api/meetings/${meeting.id}/publications/${link}`)).status).toBe(200);
    expect(await stateNow()).toMatchObject({ kind: "locked", version: 1, published: null });
    expect((await organizer("POST", `/api/meetings/${meeting.id}/reopen`, {})).status).toBe(200);
    expect(await stateNow()).toEqual({ kind: "revising", after: 1, published: null });
  });

  it("shows nothing of meetings the user is not a member of", async () => {
    const list = (await outsider("GET", `/api/meetings?seriesId=${sampleSeries.id}`)).body as Listed;
    expect(list).toEqual({ upcoming: [], past: [] });
    const own = (await outsider("GET", "/api/meetings")).body as Listed;
    expect(own.upcoming).toHaveLength(1);
    expect(own.past).toEqual([]);
  });
});

describe("POST /api/meetings", () => {
  it("creates a meeting from a Jalali date in Tehran time, with its creator as organizer", async () => {
    const answer = await organizer(
      "POST",
      "/api/meetings",
      newMeeting({ startsAt: { year: 1398, month: 8, day: 25, hour: 18, minute: 0 }, agenda: ["  امور فرهنگي "] }),
    );
    expect(answer.status).toBe(201);
    const meeting = answer.body as Meeting;
    expect(meeting).toMatchObject({
      title: "گفت‌وگو با معاون وزیر",
      startsAt: "2019-11-16T14:30:00.000Z",
      startsAtJalali: { year: 1398, month: 8, day: 25, hour: 18, minute: 0 },
      place: "قم، دفتر کمیسیون",
      series: { id: sampleSeries.id, categories: sampleSeries.categories },
      guests: [{ name: "دکتر مهمان", role: "معاون وزیر", organisation: "وزارت رفاه" }],
      attendees: [{ name: "استاد حوزه", affiliation: "حوزهٔ علمیه", userId: null }],
      agenda: [{ title: "امور فرهنگی" }],
      members: [{ email: "organizer@kateb.local", role: "organizer" }],
      role: "organizer",
    });
    // Its minutes exist from the start, with a section for the topic.
    const minutes = await readMeetingMinutes({ db: app.db, docName: meetingDocName(meeting.id) });
    expect(minutes.sections.filter((section) => section.kind === "topic").map((section) => section.title)).toEqual(["امور فرهنگی"]);
  });

  it("accepts 30 Esfand of a leap year (1399) and links attendees to accounts", async () => {
    const account = await createUser(app.db, "حاضر با حساب");
    const answer = await organizer(
      "POST",
      "/api/meetings",
      newMeeting({
        startsAt: { year: 1399, month: 12, day: 30, hour: 10, minute: 0 },
        attendees: [{ name: "حاضر با حساب", userId: account.id }],
      }),
    );
    expect(answer.status).toBe(201);
    expect((answer.body as Meeting).startsAt).toBe("2021-03-20T06:30:00.000Z");
    expect((answer.body as Meeting).attendees).toMatchObject([{ userId: account.id, affiliation: "" }]);
  });

  it("refuses a reader of the series (403), a stranger (404) and nobody signed in (401)", async () => {
    const before = await rowCounts(app.db);
    expect((await reviewer("POST", "/api/meetings", newMeeting())).status).toBe(403);
    expect((await noteTaker("POST", "/api/meetings", newMeeting())).status).toBe(403);
    expect((await outsider("POST", "/api/meetings", newMeeting())).status).toBe(404);
    expect((await outsider("POST", "/api/meetings", newMeeting({ seriesId: "no-such-series" }))).status).toBe(404);
    expect((await anonymous("POST", "/api/meetings", newMeeting())).status).toBe(401);
    expect(await rowCounts(app.db)).toEqual(before);
  });

  it("refuses the bad input of the issue with a message per field, saving nothing", async () => {
    const before = await rowCounts(app.db);
    const empty = await organizer("POST", "/api/meetings", newMeeting({ title: " \u200c " }));
    expect(empty.status).toBe(422);
    expect(errorOf(empty)).toEqual({
      code: "invalid_input",
      message: "بخشی از آنچه وارد کرده‌اید معتبر نیست.",
      fields: { title: "عنوان را وارد کنید." },
    });
    const long = await organizerEn("POST", "/api/meetings", newMeeting({ title: "ت".repeat(301) }));
    expect(errorOf(long)).toMatchObject({
      message: "Some of what you entered is not valid.",
      fields: { title: "The title can be at most 300 characters long." },
    });
    const duplicates = await organizer("POST", "/api/meetings", newMeeting({ agenda: ["امور فرهنگی", "كودكان", "امور  فرهنگي", "کودکان"] }));
    expect(duplicates.status).toBe(422);
    expect(errorOf(duplicates).fields).toEqual({
      "agenda.2": "این موضوع پیش‌تر در دستور جلسه آمده است.",
      "agenda.3": "این موضوع پیش‌تر در دستور جلسه آمده است.",
    });
    const noSuchDay = await organizer("POST", "/api/meetings", newMeeting({ startsAt: { year: 1398, month: 12, day: 30, hour: 10, minute: 0 } }));
    expect(noSuchDay.status).toBe(422);
    expect(errorOf(noSuchDay).fields).toEqual({
      "startsAt.day": "این تاریخ در تقویم هجری شمسی وجود ندارد (مثلاً اسفند سال غیرکبیسه ۲۹ روز دارد).",
    });
    const noSuchDayEn = await organizerEn("POST", "/api/meetings", newMeeting({ startsAt: { year: 1398, month: 12, day: 30, hour: 10, minute: 0 } }));
    expect(errorOf(noSuchDayEn).fields?.["startsAt.day"]).toMatch(/^This date does not exist in the Jalali calendar/);
    const ghost = await organizerEn("POST", "/api/meetings", newMeeting({ attendees: [{ name: "شبح", userId: "no-such-user" }] }));
    expect(ghost.status).toBe(422);
    expect(errorOf(ghost).fields).toEqual({ "attendees.0.userId": "This attendee's account was not found." });
    const garbage = await organizerEn("POST", "/api/meetings", { title: 7 });
    expect(garbage.status).toBe(422);
    expect(errorOf(garbage).fields).toMatchObject({ seriesId: "Choose a series.", title: "This value is not valid." });
    expect(await rowCounts(app.db)).toEqual(before);
  });
});

describe("GET /api/meetings/:id", () => {
  it("shows the details to every member, with their own role", async () => {
    const answer = await viewer("GET", `/api/meetings/${sampleMeetingId}`);
    expect(answer.status).toBe(200);
    const meeting = answer.body as Meeting;
    expect(meeting.role).toBe("viewer");
    expect(meeting.startsAtJalali).toEqual({ year: 1398, month: 8, day: 25, hour: 18, minute: 0 });
    expect(meeting.agenda).toHaveLength(5);
    expect(meeting.guests[0]).toMatchObject({ name: "دکتر حبیب‌الله مسعودی فرید", organisation: "سازمان بهزیستی کشور" });
    expect(meeting.attendees).toHaveLength(3);
    expect(meeting.series?.categories).toHaveLength(10);
    expect(meeting.members.map((member) => member.role)).toEqual(["organizer", "note-taker", "note-taker", "reviewer", "viewer"]);
  });

  it("is not found for a member of another meeting, exactly as for no meeting at all", async () => {
    const hidden = await outsider("GET", `/api/meetings/${sampleMeetingId}`);
    expect(hidden.status).toBe(404);
    expect(hidden).toEqual(await outsider("GET", "/api/meetings/no-such-meeting"));
    expect(hidden).toEqual(await outsider("GET", "/api/meetings/%20bad%20id"));
    expect((await anonymous("GET", `/api/meetings/${sampleMeetingId}`)).status).toBe(401);
  });
});

describe("PATCH /api/meetings/:id", () => {
  async function freshMeeting(): Promise<Meeting> {
    return (await organizer("POST", "/api/meetings", newMeeting())).body as Meeting;
  }

  it("lets the organizer edit details; topics keep their ids and new ones appear where placed", async () => {
    const meeting = await freshMeeting();
    const [first, second, third] = meeting.agenda as [Meeting["agenda"][0], Meeting["agenda"][0], Meeting["agenda"][0]];
    const answer = await organizer("PATCH", `/api/meetings/${meeting.id}`, {
      title: "عنوان تازه",
      startsAt: { year: 1450, month: 2, day: 1, hour: 16, minute: 0 },
      place: "تهران",
      agenda: [{ id: third.id, title: third.title }, { title: "موضوع تازه" }, { id: first.id, title: "کودکان و نوجوانان" }],
      guests: [{ id: meeting.guests[0]?.id, name: "دکتر مهمان", role: "معاون", organisation: "وزارت رفاه" }, { name: "مهمان دوم" }],
    });
    expect(answer.status).toBe(200);
    const edited = answer.body as Meeting;
    expect(edited).toMatchObject({ title: "عنوان تازه", place: "تهران", startsAtJalali: { year: 1450, month: 2, day: 1, hour: 16 } });
    expect(edited.agenda).toEqual([
      third,
      { id: expect.any(String) as string, title: "موضوع تازه" },
      { id: first.id, title: "کودکان و نوجوانان" },
    ]);
    expect([first.id, second.id, third.id]).not.toContain(edited.agenda[1]?.id);
    expect(edited.guests.map((guest) => guest.name)).toEqual(["دکتر مهمان", "مهمان دوم"]);
    expect(edited.guests[0]?.id).toBe(meeting.guests[0]?.id);
    expect(edited.attendees).toEqual(meeting.attendees);
    expect((await organizer("GET", `/api/meetings/${meeting.id}`)).body).toEqual(edited);
  });

  it("refuses a note-taker and a reviewer (403), a stranger (404) and nobody signed in (401)", async () => {
    const before = await app.db.meeting.findUniqueOrThrow({ where: { id: sampleMeetingId }, include: { agenda: true } });
    const edit = { title: "ربوده", agenda: [{ title: "تنها" }] };
    const refused = await noteTaker("PATCH", `/api/meetings/${sampleMeetingId}`, edit);
    expect(refused.status).toBe(403);
    expect(errorOf(refused).message).toBe("شما اجازهٔ این کار را ندارید.");
    expect((await reviewer("PATCH", `/api/meetings/${sampleMeetingId}`, edit)).status).toBe(403);
    expect((await outsider("PATCH", `/api/meetings/${sampleMeetingId}`, edit)).status).toBe(404);
    expect((await anonymous("PATCH", `/api/meetings/${sampleMeetingId}`, edit)).status).toBe(401);
    expect(await app.db.meeting.findUniqueOrThrow({ where: { id: sampleMeetingId }, include: { agenda: true } })).toEqual(before);
  });

  it("refuses bad edits whole: nothing of a half-valid request is saved", async () => {
    const meeting = await freshMeeting();
    const before = await rowCounts(app.db);
    const topics = meeting.agenda.map(({ id, title }) => ({ id, title }));
    const unknown = await organizerEn("PATCH", `/api/meetings/${meeting.id}`, {
      title: "نباید ذخیره شود",
      guests: [],
      agenda: [...topics, { id: "no-such-topic", title: "ناشناخته" }],
    });
    expect(unknown.status).toBe(422);
    expect(errorOf(unknown).fields).toEqual({ "agenda.3.id": "This topic is not on this meeting's agenda." });
    const duplicate = await organizer("PATCH", `/api/meetings/${meeting.id}`, { agenda: [...topics, { title: topics[0]?.title }] });
    expect(errorOf(duplicate).fields).toEqual({ "agenda.3.title": "این موضوع پیش‌تر در دستور جلسه آمده است." });
    const noSuchDay = await organizer("PATCH", `/api/meetings/${meeting.id}`, {
      title: "نباید ذخیره شود",
      startsAt: { year: 1398, month: 12, day: 30, hour: 9, minute: 0 },
    });
    expect(errorOf(noSuchDay).fields).toHaveProperty(["startsAt.day"]);
    const empty = await organizerEn("PATCH", `/api/meetings/${meeting.id}`, { title: "" });
    expect(errorOf(empty).fields).toEqual({ title: "Enter a title." });
    expect(await rowCounts(app.db)).toEqual(before);
    expect((await organizer("GET", `/api/meetings/${meeting.id}`)).body).toEqual(meeting);
  });
});
