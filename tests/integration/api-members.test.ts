// /api/meetings/:id/members and /api/meetings/:id/members/:userId through the
// real server: the organizer adds, re-roles and removes members; a meeting
// keeps an organizer; nobody else may do it.
import { beforeAll, describe, expect, it } from "vitest";
import type { MemberView } from "@/server/domain/meetings/meeting-view";
import type { SeriesView } from "@/server/domain/series/series-view";
import { appForFile } from "../fixtures/app-for-file";
import { demoAccounts, DEMO_EMAILS as EMAILS, meetingOfTheirOwn, meetingWithDemoMembers, signedInUsers } from "../fixtures/signed-in-users";
import { errorOf } from "../helpers/api-client";
import { rowCounts } from "../helpers/row-counts";

const app = appForFile();
let seriesId: string;
const users = signedInUsers(["organizer", "noteTaker", "reviewer", "viewer", "outsider"]);
const { anonymous, organizer, organizerEn, noteTaker, reviewer, viewer, outsider, ids } = users;

/** A new meeting of the sample series with the demo note-taker, reviewer and viewer as members. */
async function meetingWithMembers(): Promise<string> {
  const startsAt = { year: 1404, month: 7, day: 1, hour: 17, minute: 0 };
  return meetingWithDemoMembers(organizer, { seriesId, title: "جلسهٔ اعضا", startsAt, agenda: ["یک"] }, ["noteTaker", "reviewer", "viewer"]);
}

const membersOf = (answer: { body: unknown }): MemberView[] => (answer.body as { members: MemberView[] }).members;
const roles = (members: MemberView[]): Record<string, string> =>
  Object.fromEntries(members.map((member) => [member.email, member.role]));

beforeAll(async () => {
  await users.signIn(app, await demoAccounts(app, "بیرونی"));
  seriesId = ((await organizer("GET", "/api/series")).body as { series: [SeriesView] }).series[0].id;
  await meetingOfTheirOwn(outsider);
});

describe("POST /api/meetings/:id/members", () => {
  it("lets the organizer add an existing user by email with a role, and the new member sees the meeting", async () => {
    const meetingId = await meetingWithMembers();
    const answer = await organizer("POST", `/api/meetings/${meetingId}/members`, {
      email: " NoteTaker2@Kateb.Local ",
      role: "note-taker",
    });
    expect(answer.status).toBe(201);
    expect(roles(membersOf(answer))).toEqual({
      [EMAILS.organizer]: "organizer",
      [EMAILS.noteTaker]: "note-taker",
      "notetaker2@kateb.local": "note-taker",
      [EMAILS.reviewer]: "reviewer",
      [EMAILS.viewer]: "viewer",
    });
    expect((await viewer("GET", `/api/meetings/${meetingId}`)).body).toMatchObject({ id: meetingId, role: "viewer" });
  });

  it("refuses a user added twice, in the user's language, and adds nothing", async () => {
    const meetingId = await meetingWithMembers();
    const before = await rowCounts(app.db);
    const twice = await organizer("POST", `/api/meetings/${meetingId}/members`, { email: EMAILS.reviewer, role: "viewer" });
    expect(twice.status).toBe(409);
    expect(errorOf(twice)).toEqual({
      code: "conflict",
      message: "این کاربر پیش‌تر عضو این جلسه شده است.",
      fields: { email: "این کاربر پیش‌تر عضو این جلسه شده است." },
    });
    const twiceEn = await organizerEn("POST", `/api/meetings/${meetingId}/members`, { email: EMAILS.organizer, role: "viewer" });
    expect(errorOf(twiceEn).message).toBe("This user is already a member of this meeting.");
    const nobody = await organizerEn("POST", `/api/meetings/${meetingId}/members`, { email: "nobody@kateb.local", role: "viewer" });
    expect(nobody.status).toBe(422);
    expect(errorOf(nobody).fields).toEqual({ email: "No one has an account with this email address. Ask an administrator to invite them." });
    const bad = await organizerEn("POST", `/api/meetings/${meetingId}/members`, { email: "not an email", role: "chair" });
    expect(errorOf(bad).fields).toEqual({
      email: "Enter a valid email address.",
      role: "Choose a role: organizer, note-taker, reviewer or viewer.",
    });
    expect(await rowCounts(app.db)).toEqual(before);
    expect((await reviewerRole(meetingId))).toBe("reviewer");
  });

  it("refuses a note-taker or reviewer (403), a stranger (404) and nobody signed in (401)", async () => {
    const meetingId = await meetingWithMembers();
    const before = await rowCounts(app.db);
    const body = { email: "notetaker2@kateb.local", role: "organizer" };
    const path = `/api/meetings/${meetingId}/members`;
    expect((await noteTaker("POST", path, body)).status).toBe(403);
    expect((await reviewer("POST", path, body)).status).toBe(403);
    expect((await outsider("POST", path, body)).status).toBe(404);
    expect((await anonymous("POST", path, body)).status).toBe(401);
    expect(await rowCounts(app.db)).toEqual(before);
  });
});

async function reviewerRole(meetingId: string): Promise<string | undefined> {
  const membership = await app.db.membership.findUnique({
    where: { meetingId_userId: { meetingId, userId: ids.reviewer } },
  });
  return membership?.role;
}

describe("PATCH /api/meetings/:id/members/:userId", () => {
  it("lets the organizer change a role, which the member's next request sees", async () => {
    const meetingId = await meetingWithMembers();
    const answer = await organizer("PATCH", `/api/meetings/${meetingId}/members/${ids.reviewer}`, { role: "organizer" });
    expect(answer.status).toBe(200);
    expect(roles(membersOf(answer))[EMAILS.reviewer]).toBe("organizer");
    const nowOrganizer = await reviewer("PATCH", `/api/meetings/${meetingId}`, { title: "ویرایش بازبین پیشین" });
    expect(nowOrganizer.status).toBe(200);
  });

  it("keeps the last organizer: demoting them is refused until there is another", async () => {
    const meetingId = await meetingWithMembers();
    const path = `/api/meetings/${meetingId}/members/${ids.organizer}`;
    const refused = await organizerEn("PATCH", path, { role: "viewer" });
    expect(refused.status).toBe(409);
    expect(errorOf(refused).message).toBe("A meeting needs at least one organizer: make someone else an organizer first.");
    expect(errorOf(await organizer("PATCH", path, { role: "viewer" })).message).toBe(
      "هر جلسه دست‌کم یک برگزارکننده لازم دارد؛ ابتدا فرد دیگری را برگزارکننده کنید.",
    );
    await organizer("PATCH", `/api/meetings/${meetingId}/members/${ids.noteTaker}`, { role: "organizer" });
    const demoted = await organizer("PATCH", path, { role: "viewer" });
    expect(demoted.status).toBe(200);
    expect(roles(membersOf(demoted))[EMAILS.organizer]).toBe("viewer");
    expect((await organizer("PATCH", `/api/meetings/${meetingId}`, { title: "دیگر نه" })).status).toBe(403);
  });

  it("refuses a reviewer or note-taker (403), a stranger (404), nobody (401), an unknown member (404) and a made-up role (422)", async () => {
    const meetingId = await meetingWithMembers();
    const path = `/api/meetings/${meetingId}/members/${ids.viewer}`;
    expect((await reviewer("PATCH", path, { role: "note-taker" })).status).toBe(403);
    expect((await noteTaker("PATCH", path, { role: "note-taker" })).status).toBe(403);
    expect((await outsider("PATCH", path, { role: "note-taker" })).status).toBe(404);
    expect((await anonymous("PATCH", path, { role: "note-taker" })).status).toBe(401);
    expect((await organizer("PATCH", `/api/meetings/${meetingId}/members/no-such-user`, { role: "viewer" })).status).toBe(404);
    expect((await organizer("PATCH", path, { role: "owner" })).status).toBe(422);
    const membership = await app.db.membership.findUniqueOrThrow({ where: { meetingId_userId: { meetingId, userId: ids.viewer } } });
    expect(membership.role).toBe("viewer");
  });
});

describe("DELETE /api/meetings/:id/members/:userId", () => {
  it("lets the organizer remove a member, who then gets 404 for the meeting", async () => {
    const meetingId = await meetingWithMembers();
    const answer = await organizer("DELETE", `/api/meetings/${meetingId}/members/${ids.viewer}`);
    expect(answer.status).toBe(200);
    expect(membersOf(answer).map((member) => member.email)).not.toContain(EMAILS.viewer);
    expect((await viewer("GET", `/api/meetings/${meetingId}`)).status).toBe(404);
    expect((await organizer("DELETE", `/api/meetings/${meetingId}/members/${ids.viewer}`)).status).toBe(404);
  });

  it("keeps the last organizer", async () => {
    const meetingId = await meetingWithMembers();
    const before = await rowCounts(app.db);
    const refused = await organizer("DELETE", `/api/meetings/${meetingId}/members/${ids.organizer}`);
    expect(refused.status).toBe(409);
    expect(errorOf(refused).code).toBe("conflict");
    expect(await rowCounts(app.db)).toEqual(before);
  });

  it("refuses a reviewer or note-taker (403), a stranger (404) and nobody signed in (401)", async () => {
    const meetingId = await meetingWithMembers();
    const before = await rowCounts(app.db);
    const path = `/api/meetings/${meetingId}/members/${ids.viewer}`;
    expect((await reviewer("DELETE", path)).status).toBe(403);
    expect((await noteTaker("DELETE", path)).status).toBe(403);
    expect((await outsider("DELETE", path)).status).toBe(404);
    expect((await anonymous("DELETE", path)).status).toBe(401);
    expect(await rowCounts(app.db)).toEqual(before);
  });
});
