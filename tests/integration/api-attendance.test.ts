// PUT /api/meetings/:id/attendance and the session number of POST/PATCH
// /api/meetings through the real server: the organizer marks attendance and
// numbers the session; everyone with access reads it; nobody else writes it;
// bad input is named field by field and saves nothing; the lock keeps both in
// the version's report, and a version locked before they were kept still reads.
import { beforeAll, describe, expect, it } from "vitest";
import type { MeetingView } from "@/lib/contracts/meetings";
import type { SeriesView } from "@/server/domain/series/series-view";
import { appForFile } from "../fixtures/app-for-file";
import { demoAccounts, meetingWithDemoMembers, signedInUsers } from "../fixtures/signed-in-users";
import { errorOf } from "../helpers/api-client";

const app = appForFile();
const users = signedInUsers(["organizer", "noteTaker", "reviewer", "viewer", "outsider"]);
const { anonymous, organizer, organizerEn, noteTaker, viewer, outsider, cookies } = users;
let seriesId: string;

/** 1450/7/1 at 17:00, Tehran time. */
const STARTS_AT = { year: 1450, month: 7, day: 1, hour: 17, minute: 0 };
const ATTENDEES = [{ name: "دکتر رئیس", affiliation: "کمیسیون" }, { name: "خانم دبیر" }, { name: "آقای عضو", affiliation: "دانشگاه" }];

async function newMeeting(extra: object = {}): Promise<MeetingView> {
  const id = await meetingWithDemoMembers(
    organizer,
    { seriesId, title: "جلسهٔ حضور و غیاب", startsAt: STARTS_AT, attendees: ATTENDEES, agenda: ["موضوع"], ...extra },
    ["noteTaker", "reviewer", "viewer"],
  );
  return (await organizer("GET", `/api/meetings/${id}`)).body as MeetingView;
}

const attendance = (meetingId: string, attendees: object[], as = organizer) => as("PUT", `/api/meetings/${meetingId}/attendance`, { attendees });

/** What a refused request must leave as it was. */
const stored = (meetingId: string) =>
  app.db.attendee.findMany({ where: { meetingId }, orderBy: { position: "asc" }, select: { id: true, attendance: true, leftAt: true, sessionRole: true } });

const download = async (path: string, cookie: string): Promise<string> =>
  (await fetch(`${app.url}${path}`, { headers: { cookie }, redirect: "manual" })).text();

beforeAll(async () => {
  await users.signIn(app, await demoAccounts(app));
  [{ id: seriesId }] = ((await organizer("GET", "/api/series")).body as { series: [SeriesView] }).series;
  // The outsider organizes a meeting of their own.
  const own = (await outsider("POST", "/api/series", { title: "مجموعهٔ دیگر" })).body as SeriesView;
  expect((await outsider("POST", "/api/meetings", { seriesId: own.id, title: "دیگر", startsAt: STARTS_AT, attendees: ATTENDEES })).status).toBe(201);
});

describe("PUT /api/meetings/:id/attendance", () => {
  it("lets the organizer mark status, time left and role; every member reads it", async () => {
    const meeting = await newMeeting();
    const [chair, secretary, member] = meeting.attendees.map((attendee) => attendee.id);
    const answer = await attendance(meeting.id, [
      { attendeeId: chair, status: "present", sessionRole: "chair" },
      { attendeeId: secretary, status: "left_early", leftAt: "۱۹:۴۵", sessionRole: "secretary" },
      { attendeeId: member, status: "excused" },
    ]);
    expect(answer.status).toBe(200);
    const marked = [
      { id: chair, attendance: "present", leftAt: null, sessionRole: "chair" },
      { id: secretary, attendance: "left_early", leftAt: "19:45", sessionRole: "secretary" },
      { id: member, attendance: "excused", leftAt: null, sessionRole: null },
    ];
    expect((answer.body as MeetingView).attendees).toMatchObject(marked);
    for (const reader of [viewer, noteTaker]) expect(((await reader("GET", `/api/meetings/${meeting.id}`)).body as MeetingView).attendees).toMatchObject(marked);
    // A field left out stays; a status other than "left early" takes the time left with it.
    expect((await attendance(meeting.id, [{ attendeeId: secretary, status: "present" }])).status).toBe(200);
    expect(await stored(meeting.id)).toMatchObject([marked[0], { attendance: "present", leftAt: null, sessionRole: "secretary" }, marked[2]]);
  });

  it("refuses a note-taker, a reviewer and a viewer (403), a stranger (404) and nobody signed in (401), changing nothing", async () => {
    const meeting = await newMeeting();
    const entry = [{ attendeeId: meeting.attendees[0]?.id, status: "absent" }];
    const before = await stored(meeting.id);
    const refused = await attendance(meeting.id, entry, noteTaker);
    expect(refused.status).toBe(403);
    expect(errorOf(refused)).toMatchObject({ code: "forbidden", message: "فقط برگزارکنندهٔ جلسه می‌تواند حضور و غیاب را ثبت کند." });
    expect((await attendance(meeting.id, entry, users.reviewer)).status).toBe(403);
    expect((await attendance(meeting.id, entry, viewer)).status).toBe(403);
    expect((await attendance(meeting.id, entry, outsider)).status).toBe(404);
    expect((await attendance(meeting.id, entry, anonymous)).status).toBe(401);
    expect(await stored(meeting.id)).toEqual(before);
  });

  it("names each bad entry with a stable code and saves none of a half-valid request", async () => {
    const meeting = await newMeeting();
    const [first, second, third] = meeting.attendees.map((attendee) => attendee.id);
    const before = await stored(meeting.id);
    const bad = await organizerEn("PUT", `/api/meetings/${meeting.id}/attendance`, {
      attendees: [
        { attendeeId: first, status: "asleep" },
        { attendeeId: second, sessionRole: "king" },
        { attendeeId: third, status: "present" },
      ],
    });
    expect(bad.status).toBe(422);
    expect(errorOf(bad)).toEqual({
      code: "invalid_input",
      message: "Some of what you entered is not valid.",
      fields: {
        "attendees.0.status": "Choose a status: present, absent, excused or left early.",
        "attendees.1.sessionRole": "Choose a role: chair, secretary, member, guest or invited.",
      },
    });
    // "Left early" with no time sent, and none stored.
    const noTime = await organizerEn("PUT", `/api/meetings/${meeting.id}/attendance`, { attendees: [{ attendeeId: third, status: "left_early" }] });
    expect(errorOf(noTime)).toMatchObject({ code: "invalid_input", fields: { "attendees.0.leftAt": "For “left early”, write the time they left too." } });
    const timeAlone = await attendance(meeting.id, [{ attendeeId: first, leftAt: "18:00" }]);
    expect(errorOf(timeAlone).fields).toEqual({ "attendees.0.leftAt": "ساعت خروج فقط برای «خروج پیش از پایان» ثبت می‌شود." });
    // Before the meeting began (17:00, Tehran), with a good entry before it.
    const early = await organizerEn("PUT", `/api/meetings/${meeting.id}/attendance`, {
      attendees: [{ attendeeId: first, status: "present" }, { attendeeId: second, status: "left_early", leftAt: "16:30" }],
    });
    expect(early.status).toBe(422);
    expect(errorOf(early).fields).toEqual({
      "attendees.1.leftAt": "The time they left must be on the meeting's day: from the meeting's start to the end of that day (Tehran time).",
    });
    const badTime = await attendance(meeting.id, [{ attendeeId: first, status: "left_early", leftAt: "24:10" }]);
    expect(errorOf(badTime).fields).toEqual({ "attendees.0.leftAt": "ساعت خروج را به شکل ساعت:دقیقه بنویسید، مانند ۱۱:۴۵." });
    // An attendee of another meeting is not one of this meeting's.
    const other = await newMeeting();
    const foreign = await attendance(meeting.id, [{ attendeeId: first, status: "present" }, { attendeeId: other.attendees[0]?.id, status: "present" }]);
    expect(errorOf(foreign)).toMatchObject({ code: "invalid_input", fields: { "attendees.1.attendeeId": "این فرد جزو شرکت‌کنندگان این جلسه نیست." } });
    expect(await stored(meeting.id)).toEqual(before);
    // The end of the meeting's day is still on it.
    expect((await attendance(meeting.id, [{ attendeeId: first, status: "left_early", leftAt: "23:59" }])).status).toBe(200);
  });

  it("keeps attendance and the session number in the version locked, whatever changes after", async () => {
    const meeting = await newMeeting({ sessionNumber: 30, letterNumber: "۱۲/ک", letterDate: "1450/07/03" });
    const [chair, secretary] = meeting.attendees.map((attendee) => attendee.id);
    await attendance(meeting.id, [
      { attendeeId: chair, status: "present", sessionRole: "chair" },
      { attendeeId: secretary, status: "left_early", leftAt: "18:10" },
    ]);
    expect((await organizer("POST", `/api/meetings/${meeting.id}/lock`, {})).status).toBe(201);
    await attendance(meeting.id, [{ attendeeId: chair, status: "absent" }]);
    expect((await organizer("PATCH", `/api/meetings/${meeting.id}`, { sessionNumber: 31 })).status).toBe(200);
    const path = `/api/meetings/${meeting.id}/versions/1/export`;
    const html = await download(`${path}?format=html`, cookies.viewer);
    expect(html).toContain('<p class="kr-session">جلسهٔ سی\u200cام</p>');
    expect(html).toContain("<td>رئیس جلسه</td><td>حاضر</td>");
    expect(html).toContain("<td>خروج پیش از پایان، ساعت ۱۸:۱۰</td>");
    expect(html).toContain("۱۲/ک");
    const markdown = await download(`${path}?format=md&lang=en`, cookies.viewer);
    expect(markdown).toContain("**Session 30**");
    expect(markdown).toContain("| 1 | دکتر رئیس (کمیسیون) | Chair | Present |");
  });

  it("reads a version locked before attendance and session numbers were kept", async () => {
    const meeting = await newMeeting({ sessionNumber: 40 });
    await attendance(meeting.id, [{ attendeeId: meeting.attendees[0]?.id, status: "present", sessionRole: "chair" }]);
    expect((await organizer("POST", `/api/meetings/${meeting.id}/lock`, {})).status).toBe(201);
    const version = await app.db.minutesVersion.findFirstOrThrow({ where: { meetingId: meeting.id } });
    const details = JSON.parse(version.meetingDetails) as Record<string, unknown> & { attendees: Array<Record<string, unknown>> };
    const older = Object.fromEntries(Object.entries(details).filter(([key]) => !["sessionNumber", "letterNumber", "letterDate"].includes(key)));
    const attendees = details.attendees.map(({ name, affiliation }) => ({ name, affiliation }));
    await app.db.minutesVersion.update({ where: { id: version.id }, data: { meetingDetails: JSON.stringify({ ...older, attendees }) } });
    expect((await organizer("GET", `/api/meetings/${meeting.id}/versions/1`)).status).toBe(200);
    const html = await download(`/api/meetings/${meeting.id}/versions/1/export?format=html`, cookies.viewer);
    expect(html).toContain("<dt>حاضران</dt>");
    expect(html).not.toContain('<section class="kr-part kr-attendance"');
    expect(html).not.toContain('<p class="kr-session">');
  });
});

describe("the session number of a meeting in a series", () => {
  it("is set on create and edit, shown in the lists, and unique within its series", async () => {
    const first = await newMeeting({ sessionNumber: 12 });
    expect(first.sessionNumber).toBe(12);
    const listed = (await viewer("GET", `/api/meetings?seriesId=${seriesId}`)).body as {
      upcoming: Array<{ id: string; sessionNumber: number | null }>;
      past: Array<{ title: string; sessionNumber: number | null }>;
    };
    expect(listed.upcoming.find((meeting) => meeting.id === first.id)?.sessionNumber).toBe(12);
    // The seeded sample meeting is the series' tenth session, the one before it the ninth.
    expect(listed.past.map((meeting) => meeting.sessionNumber)).toEqual([10, 9]);
    const meetingsBefore = await app.db.meeting.count();
    const duplicate = await organizer("POST", "/api/meetings", { seriesId, title: "تکراری", startsAt: STARTS_AT, sessionNumber: 10 });
    expect(duplicate.status).toBe(422);
    expect(errorOf(duplicate)).toEqual({
      code: "invalid_input",
      message: "جلسهٔ دیگری در این مجموعه همین شماره را دارد؛ شمارهٔ دیگری بنویسید.",
      fields: { sessionNumber: "جلسهٔ دیگری در این مجموعه همین شماره را دارد؛ شمارهٔ دیگری بنویسید." },
    });
    expect(await app.db.meeting.count()).toBe(meetingsBefore);
    // Another series may use the same number.
    const own = (await organizer("POST", "/api/series", { title: "مجموعهٔ دوم" })).body as SeriesView;
    expect((await organizer("POST", "/api/meetings", { seriesId: own.id, title: "دهم دیگر", startsAt: STARTS_AT, sessionNumber: 10 })).status).toBe(201);
    // Editing another meeting to a taken number is refused whole; its own number it keeps.
    const second = await newMeeting({ sessionNumber: 13 });
    const clash = await organizerEn("PATCH", `/api/meetings/${second.id}`, { title: "نباید ذخیره شود", sessionNumber: 12 });
    expect(errorOf(clash).fields).toEqual({ sessionNumber: "Another meeting of this series has this number; choose another." });
    expect((await organizer("GET", `/api/meetings/${second.id}`)).body).toMatchObject({ title: second.title, sessionNumber: 13 });
    expect((await organizer("PATCH", `/api/meetings/${second.id}`, { sessionNumber: 13, letterNumber: "۴۵" })).status).toBe(200);
    // The unique index stands behind the check.
    await expect(app.db.meeting.update({ where: { id: second.id }, data: { sessionNumber: 12 } })).rejects.toThrow();
  });

  it("refuses a number that is not a positive whole number, and a note-taker or a stranger setting one", async () => {
    const meeting = await newMeeting({ sessionNumber: 20 });
    const zero = await organizer("PATCH", `/api/meetings/${meeting.id}`, { sessionNumber: 0 });
    expect(errorOf(zero).fields).toEqual({ sessionNumber: "شمارهٔ جلسه را عددی درست و مثبت بنویسید، مانند ۱۰." });
    const badDay = await organizerEn("PATCH", `/api/meetings/${meeting.id}`, { letterDate: "1450/13/01" });
    expect(errorOf(badDay).fields).toEqual({ letterDate: "Write the letter's date in the Jalali calendar as year/month/day, such as 1404/09/25." });
    expect((await noteTaker("PATCH", `/api/meetings/${meeting.id}`, { sessionNumber: 21 })).status).toBe(403);
    expect((await outsider("PATCH", `/api/meetings/${meeting.id}`, { sessionNumber: 21 })).status).toBe(404);
    expect((await anonymous("PATCH", `/api/meetings/${meeting.id}`, { sessionNumber: 21 })).status).toBe(401);
    expect(((await viewer("GET", `/api/meetings/${meeting.id}`)).body as MeetingView).sessionNumber).toBe(20);
  });
});
