// A version has at most one live link (issue 16: one click made four live
// links on one version): publishing a version that has one answers that link
// (200) and makes no other, also when several requests arrive at once; once
// it is revoked, publishing makes a new one (201). The organizer, and only the
// organizer, reads every live link of the meeting (GET), each with its
// version, when and by whom; revoking one leaves the others live.
import { beforeAll, describe, expect, it } from "vitest";
import type { PublicationSummary } from "@/lib/contracts/publications";
import type { SeriesView } from "@/server/domain/series/series-view";
import { appForFile } from "../fixtures/app-for-file";
import { demoAccounts, lockNextVersion, meetingOfTheirOwn, meetingWithDemoMembers, signedInUsers } from "../fixtures/signed-in-users";

const app = appForFile();
const users = signedInUsers(["organizer", "noteTaker", "reviewer", "viewer", "outsider"]);
const { anonymous, organizer, noteTaker, reviewer, viewer, outsider } = users;
let seriesId: string;

type Publication = PublicationSummary;

async function newMeeting(): Promise<string> {
  const startsAt = { year: 1404, month: 7, day: 1, hour: 17, minute: 0 };
  const meeting = { seriesId, title: "جلسهٔ پیوندهای زنده", startsAt, place: "قم", agenda: ["موضوع نخست"] };
  return meetingWithDemoMembers(organizer, meeting, ["noteTaker", "reviewer", "viewer"]);
}

/** Locks the minutes into the next version (reopening them first when locked). */
const lockNext = (meetingId: string): Promise<number> => lockNextVersion(organizer, meetingId);

const publish = (meetingId: string, versionNumber: number) =>
  organizer("POST", `/api/meetings/${meetingId}/publications`, { versionNumber }) as Promise<{ status: number; body: Publication }>;

const liveRows = (meetingId: string) =>
  app.db.publication.findMany({ where: { meetingId, revokedAt: null }, select: { id: true, versionId: true } });

beforeAll(async () => {
  await users.signIn(app, await demoAccounts(app));
  seriesId = ((await organizer("GET", "/api/series")).body as { series: [SeriesView] }).series[0].id;
  await meetingOfTheirOwn(outsider);
});

describe("POST /api/meetings/:id/publications on a version that has a live link", () => {
  it("answers that link (200) and makes no other; after a revoke, a new one (201)", async () => {
    const meetingId = await newMeeting();
    await lockNext(meetingId);
    const first = await publish(meetingId, 1);
    expect(first.status).toBe(201);
    const again = await publish(meetingId, 1);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await liveRows(meetingId)).toHaveLength(1);

    expect((await organizer("DELETE", `/api/meetings/${meetingId}/publications/${first.body.id}`)).status).toBe(200);
    const fresh = await publish(meetingId, 1);
    expect(fresh.status).toBe(201);
    expect(fresh.body.token).not.toBe(first.body.token);
    expect((await liveRows(meetingId)).map((row) => row.id)).toEqual([fresh.body.id]);
  });

  it("makes one live link when four publishes of a version arrive at once", async () => {
    const meetingId = await newMeeting();
    await lockNext(meetingId);
    const answers = await Promise.all([1, 2, 3, 4].map(() => publish(meetingId, 1)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 201]);
    expect(new Set(answers.map((answer) => answer.body.token)).size).toBe(1);
    expect(await liveRows(meetingId)).toHaveLength(1);
    // Each version its own link.
    await lockNext(meetingId);
    const second = await Promise.all([1, 2].map(() => publish(meetingId, 2)));
    expect(second.map((answer) => answer.body.versionNumber)).toEqual([2, 2]);
    expect(second[0]?.body.token).toBe(second[1]?.body.token);
    expect(await liveRows(meetingId)).toHaveLength(2);
  });
});

describe("GET /api/meetings/:id/publications", () => {
  it("lists every live link to the organizer, newest first, with its version, date and publisher; a revoke leaves the others", async () => {
    const meetingId = await newMeeting();
    await lockNext(meetingId);
    const v1 = (await publish(meetingId, 1)).body;
    await lockNext(meetingId);
    const v2 = (await publish(meetingId, 2)).body;
    const listed = await organizer("GET", `/api/meetings/${meetingId}/publications`);
    expect(listed.status).toBe(200);
    const { publications } = listed.body as { publications: Publication[] };
    expect(publications.map((publication) => [publication.versionNumber, publication.path])).toEqual([
      [2, v2.path],
      [1, v1.path],
    ]);
    expect(publications[0]?.publishedBy).toEqual({ id: users.ids.organizer, name: "زهرا احمدی" });
    expect(Date.parse(publications[0]?.publishedAt ?? "")).not.toBeNaN();

    expect((await organizer("DELETE", `/api/meetings/${meetingId}/publications/${v2.id}`)).status).toBe(200);
    const after = (await organizer("GET", `/api/meetings/${meetingId}/publications`)).body as { publications: Publication[] };
    expect(after.publications.map((publication) => publication.id)).toEqual([v1.id]);
  });

  it("refuses nobody signed in (401), a stranger (404), and members who are not organizers (403)", async () => {
    const meetingId = await newMeeting();
    await lockNext(meetingId);
    await publish(meetingId, 1);
    const path = `/api/meetings/${meetingId}/publications`;
    expect((await anonymous("GET", path)).status).toBe(401);
    expect((await outsider("GET", path)).status).toBe(404);
    for (const member of [noteTaker, reviewer, viewer]) expect((await member("GET", path)).status).toBe(403);
  });
});
