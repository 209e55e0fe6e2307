// Sign-off (issue 16): after a lock the organizer asks members of the meeting
// to approve version N (POST …/versions/:n/approvals); each asked member
// approves, or declines with a note, from their own account (PUT …/approvals/mine);
// every member reads the requests (GET). Approvals belong to a version: a
// re-locked version needs its own, and a superseded one takes no request or
// answer. Every refusal leaves nothing saved. The minutes' state, the exports
// and the public page say "approved" (who and when, and the hash) or "draft,
// not approved".
import { beforeAll, describe, expect, it } from "vitest";
import type { VersionApprovals } from "@/lib/contracts/approvals";
import { versionList } from "@/lib/contracts/versions";
import type { SeriesView } from "@/server/domain/series/series-view";
import { errorOf } from "../helpers/api-client";
import { appForFile } from "../fixtures/app-for-file";
import { demoAccounts, lockNextVersion, meetingOfTheirOwn, meetingWithDemoMembers, signedInUsers } from "../fixtures/signed-in-users";

const app = appForFile();
const users = signedInUsers(["organizer", "noteTaker", "reviewer", "viewer", "outsider"]);
const { anonymous, organizer, organizerEn, noteTaker, noteTakerEn, reviewer, viewer, outsider } = users;
let seriesId: string;

async function newMeeting(): Promise<string> {
  const startsAt = { year: 1404, month: 7, day: 1, hour: 17, minute: 0 };
  const meeting = { seriesId, title: "جلسهٔ تأیید صورت‌جلسه", startsAt, place: "قم", agenda: ["موضوع نخست"] };
  return meetingWithDemoMembers(organizer, meeting, ["noteTaker", "reviewer", "viewer"]);
}

const approvalsPath = (meetingId: string, n: number): string => `/api/meetings/${meetingId}/versions/${n}/approvals`;

async function ask(meetingId: string, n: number, people: Array<"noteTaker" | "reviewer" | "viewer">): Promise<VersionApprovals> {
  const asked = await organizer("POST", approvalsPath(meetingId, n), { userIds: people.map((person) => users.ids[person]) });
  expect(asked.status, JSON.stringify(asked.body)).toBe(201);
  return asked.body as VersionApprovals;
}

const requestRows = (meetingId: string) =>
  app.db.versionApproval.findMany({ where: { version: { meetingId } }, select: { approverId: true, status: true, note: true } });

async function minutesState(meetingId: string) {
  return versionList.parse((await organizer("GET", `/api/meetings/${meetingId}/versions`)).body).state;
}

async function exported(meetingId: string, n: number, format: "md" | "html"): Promise<string> {
  const response = await fetch(`${app.url}/api/meetings/${meetingId}/versions/${n}/export?format=${format}&lang=en`, {
    headers: { cookie: users.cookies.organizer },
  });
  expect(response.status).toBe(200);
  return response.text();
}

async function publicPageText(meetingId: string, n: number): Promise<string> {
  const published = await organizer("POST", `/api/meetings/${meetingId}/publications`, { versionNumber: n });
  const { path } = published.body as { path: string };
  const response = await fetch(`${app.url}${path}`, { headers: { cookie: "kateb-locale=en" } });
  expect(response.status).toBe(200);
  return (await response.text()).replace(/<script[\s\S]*?<\/script>/g, "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

beforeAll(async () => {
  await users.signIn(app, await demoAccounts(app));
  seriesId = ((await organizer("GET", "/api/series")).body as { series: [SeriesView] }).series[0].id;
  await meetingOfTheirOwn(outsider);
});

describe("POST /api/meetings/:id/versions/:n/approvals", () => {
  it("asks members to approve the version (201); every member reads the requests", async () => {
    const meetingId = await newMeeting();
    await lockNextVersion(organizer, meetingId);
    const asked = await ask(meetingId, 1, ["noteTaker", "reviewer"]);
    expect(asked).toMatchObject({ versionNumber: 1, superseded: false, state: "pending" });
    expect(asked.requests.map((request) => [request.approver.id, request.status, request.requestedBy.id])).toEqual([
      [users.ids.noteTaker, "asked", users.ids.organizer],
      [users.ids.reviewer, "asked", users.ids.organizer],
    ]);
    const read = await viewer("GET", approvalsPath(meetingId, 1));
    expect(read.status).toBe(200);
    expect((read.body as VersionApprovals).requests).toHaveLength(2);
  });

  it("refuses nobody signed in (401), a stranger (404) and members who are not organizers (403); nothing is saved", async () => {
    const meetingId = await newMeeting();
    await lockNextVersion(organizer, meetingId);
    const body = { userIds: [users.ids.reviewer] };
    const path = approvalsPath(meetingId, 1);
    expect((await anonymous("POST", path, body)).status).toBe(401);
    expect((await outsider("POST", path, body)).status).toBe(404);
    for (const member of [noteTaker, reviewer, viewer]) expect((await member("POST", path, body)).status).toBe(403);
    expect((await anonymous("GET", path)).status).toBe(401);
    expect((await outsider("GET", path)).status).toBe(404);
    expect(await requestRows(meetingId)).toEqual([]);
  });

  it("refuses a non-member or an unknown account (422), naming the field; nobody of the request is asked", async () => {
    const meetingId = await newMeeting();
    await lockNextVersion(organizer, meetingId);
    for (const stranger of [users.ids.outsider, "no-such-account"]) {
      const refused = await organizerEn("POST", approvalsPath(meetingId, 1), { userIds: [users.ids.reviewer, stranger] });
      expect(refused.status).toBe(422);
      expect(errorOf(refused)).toMatchObject({ code: "invalid_input", message: "Only members of this meeting can be asked to approve." });
      expect(Object.keys(errorOf(refused).fields ?? {})).toEqual(["userIds"]);
    }
    expect(await requestRows(meetingId)).toEqual([]);
  });

  it("refuses the same person twice in one request (422) and a person asked already (409); nothing half-saved", async () => {
    const meetingId = await newMeeting();
    await lockNextVersion(organizer, meetingId);
    const twice = await organizerEn("POST", approvalsPath(meetingId, 1), { userIds: [users.ids.reviewer, users.ids.reviewer] });
    expect(twice.status).toBe(422);
    expect(errorOf(twice).fields).toEqual({ userIds: "Choose at least one member, each once." });
    expect((await organizer("POST", approvalsPath(meetingId, 1), { userIds: [] })).status).toBe(422);
    await ask(meetingId, 1, ["reviewer"]);
    const again = await organizerEn("POST", approvalsPath(meetingId, 1), { userIds: [users.ids.noteTaker, users.ids.reviewer] });
    expect(again.status).toBe(409);
    expect(errorOf(again)).toMatchObject({ code: "conflict", message: "This member was already asked to approve this version." });
    expect((await requestRows(meetingId)).map((row) => row.approverId)).toEqual([users.ids.reviewer]);
  });

  it("refuses a version this meeting does not have (404)", async () => {
    const meetingId = await newMeeting();
    await lockNextVersion(organizer, meetingId);
    expect((await organizer("POST", approvalsPath(meetingId, 7), { userIds: [users.ids.reviewer] })).status).toBe(404);
  });
});

describe("PUT /api/meetings/:id/versions/:n/approvals/mine", () => {
  it("lets each member asked approve, or decline with a note, once; the version is approved when all approved", async () => {
    const meetingId = await newMeeting();
    await lockNextVersion(organizer, meetingId);
    await ask(meetingId, 1, ["noteTaker", "reviewer"]);
    const mine = approvalsPath(meetingId, 1) + "/mine";
    const approved = await noteTaker("PUT", mine, { decision: "approve" });
    expect(approved.status).toBe(200);
    expect((approved.body as VersionApprovals).state).toBe("pending");
    expect(await minutesState(meetingId)).toMatchObject({ kind: "locked", approved: false });

    const again = await noteTakerEn("PUT", mine, { decision: "decline", note: "دیرتر دیدم" });
    expect(again.status).toBe(409);
    expect(errorOf(again).message).toBe("You have already answered this request.");

    const last = await reviewer("PUT", mine, { decision: "approve", note: "" });
    const answer = last.body as VersionApprovals;
    expect(answer.state).toBe("approved");
    expect(answer.requests.every((request) => request.status === "approved" && request.answeredAt !== null)).toBe(true);
    expect(await minutesState(meetingId)).toMatchObject({ kind: "locked", version: 1, approved: true });
  });

  it("refuses a decline without a note (422) and keeps the request open; a decline with one is recorded", async () => {
    const meetingId = await newMeeting();
    await lockNextVersion(organizer, meetingId);
    await ask(meetingId, 1, ["reviewer"]);
    const mine = approvalsPath(meetingId, 1) + "/mine";
    const bare = await reviewer("PUT", mine, { decision: "decline", note: "   " });
    expect(bare.status).toBe(422);
    expect(Object.keys(errorOf(bare).fields ?? {})).toEqual(["note"]);
    expect(await requestRows(meetingId)).toEqual([{ approverId: users.ids.reviewer, status: "asked", note: "" }]);
    const declined = await reviewer("PUT", mine, { decision: "decline", note: "بند ۳ نادرست است" });
    expect(declined.status).toBe(200);
    expect((declined.body as VersionApprovals).state).toBe("declined");
    expect(await requestRows(meetingId)).toEqual([{ approverId: users.ids.reviewer, status: "declined", note: "بند ۳ نادرست است" }]);
  });

  it("refuses members not asked (403), a stranger (404) and nobody signed in (401)", async () => {
    const meetingId = await newMeeting();
    await lockNextVersion(organizer, meetingId);
    await ask(meetingId, 1, ["reviewer"]);
    const mine = approvalsPath(meetingId, 1) + "/mine";
    const body = { decision: "approve" };
    const notAsked = await noteTakerEn("PUT", mine, body);
    expect(notAsked.status).toBe(403);
    expect(errorOf(notAsked).message).toBe("You were not asked to approve this version.");
    for (const member of [organizer, viewer]) expect((await member("PUT", mine, body)).status).toBe(403);
    expect((await outsider("PUT", mine, body)).status).toBe(404);
    expect((await anonymous("PUT", mine, body)).status).toBe(401);
    expect((await requestRows(meetingId)).map((row) => row.status)).toEqual(["asked"]);
  });

  it("belongs to its version: a re-locked version needs new approvals, and the superseded one takes none (409)", async () => {
    const meetingId = await newMeeting();
    await lockNextVersion(organizer, meetingId);
    await ask(meetingId, 1, ["noteTaker", "reviewer"]);
    expect((await noteTaker("PUT", approvalsPath(meetingId, 1) + "/mine", { decision: "approve" })).status).toBe(200);
    expect(await lockNextVersion(organizer, meetingId)).toBe(2);

    const late = await reviewer("PUT", approvalsPath(meetingId, 1) + "/mine", { decision: "approve" });
    expect(late.status).toBe(409);
    expect(errorOf(late).fields).toHaveProperty("versionNumber");
    expect((await organizer("POST", approvalsPath(meetingId, 1), { userIds: [users.ids.viewer] })).status).toBe(409);
    const v1 = (await viewer("GET", approvalsPath(meetingId, 1))).body as VersionApprovals;
    expect(v1).toMatchObject({ superseded: true, state: "pending" });
    expect((await viewer("GET", approvalsPath(meetingId, 2))).body).toMatchObject({ versionNumber: 2, superseded: false, state: "none", requests: [] });
    expect(await minutesState(meetingId)).toMatchObject({ kind: "locked", version: 2, approved: false });
    expect((await requestRows(meetingId)).map((row) => row.status).sort()).toEqual(["approved", "asked"]);
  });
});

describe("the report of an approved version, and of one not approved", () => {
  it("says who approved and when with the hash in the exports and on the public page; the minutes' state is approved", async () => {
    const meetingId = await newMeeting();
    await lockNextVersion(organizer, meetingId);
    await ask(meetingId, 1, ["noteTaker", "reviewer"]);
    for (const member of [noteTaker, reviewer]) await member("PUT", approvalsPath(meetingId, 1) + "/mine", { decision: "approve" });
    const { sha256 } = (await organizer("GET", approvalsPath(meetingId, 1))).body as VersionApprovals;

    const markdown = await exported(meetingId, 1, "md");
    expect(markdown).toContain("> **Approved**");
    expect(markdown).toMatch(/Approved by \u2068[^\u2069]+\u2069, on /);
    expect(markdown).toContain(`\`${sha256}\``);

    const text = await publicPageText(meetingId, 1);
    expect(text).toContain("Approved");
    expect(text).not.toContain("Draft, not approved");
    expect(text).toMatch(/Approved by .+, on .+\d{4}/);
    expect(text).toContain(sha256);
    expect(await minutesState(meetingId)).toMatchObject({ kind: "published", version: 1, approved: true });
  });

  it("marks a version not approved as a draft in the exports and on the public page", async () => {
    const meetingId = await newMeeting();
    await lockNextVersion(organizer, meetingId);
    await ask(meetingId, 1, ["reviewer"]);
    const html = await exported(meetingId, 1, "html");
    expect(html).toContain(`data-approval="draft"`);
    expect(html).toContain("Draft, not approved");
    const text = await publicPageText(meetingId, 1);
    expect(text).toContain("Draft, not approved");
    expect(text).not.toMatch(/Approved by/);
    expect(await minutesState(meetingId)).toMatchObject({ kind: "published", version: 1, approved: false });
  });
});
