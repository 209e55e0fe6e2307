// POST /api/collab-token through the real server: a member gets a short-lived
// token for exactly that meeting's minutes, a new one each time; everyone else
// is refused.
import { beforeAll, describe, expect, it } from "vitest";
import { meetingDocName } from "@/lib/collab-protocol";
import { verifyCollabToken } from "@/server/auth/collab-token";
import { appForFile } from "../fixtures/app-for-file";
import { apiClient, errorOf } from "../helpers/api-client";
import { createUser, TEST_PASSWORD } from "../helpers/factories";
import { inLocale, signIn } from "../helpers/sign-in";
import { readFileSync } from "node:fs";
import path from "node:path";

const app = appForFile();
let sampleMeetingId: string;
let secret: string;

beforeAll(async () => {
  sampleMeetingId = (await app.db.meeting.findFirstOrThrow({ select: { id: true } })).id;
  secret = readFileSync(path.join(app.dataDir, "secret"), "utf8").trim();
});

describe("POST /api/collab-token", () => {
  it("requires authentication", async () => {
    const answer = await apiClient(app.url)("POST", "/api/collab-token", { meetingId: sampleMeetingId });
    expect(answer.status).toBe(401);
    expect(errorOf(answer).code).toBe("unauthenticated");
  });

  it("gives a note-taker a token for this meeting's minutes, with the right to edit", async () => {
    const noteTaker = apiClient(app.url, await signIn(app.url, "notetaker1@kateb.local"));
    const answer = await noteTaker("POST", "/api/collab-token", { meetingId: sampleMeetingId });
    expect(answer.status).toBe(200);
    const body = answer.body as { token: string; docName: string; role: string; canEdit: boolean; expiresAt: number };
    expect(body).toMatchObject({ docName: meetingDocName(sampleMeetingId), role: "note-taker", canEdit: true });
    const claims = verifyCollabToken(secret, body.token);
    expect(claims?.docName).toBe(meetingDocName(sampleMeetingId));
    // Short-lived: a minute by default (COLLAB_TOKEN_TTL_S).
    expect(body.expiresAt - Date.now() / 1000).toBeLessThanOrEqual(60);
    expect(body.expiresAt - Date.now() / 1000).toBeGreaterThan(50);
    // Each ticket is a token of its own (the upgrade accepts each once).
    const again = (await noteTaker("POST", "/api/collab-token", { meetingId: sampleMeetingId })).body as { token: string };
    expect(verifyCollabToken(secret, again.token)?.id).not.toBe(claims?.id);
  });

  it("names whose ticket it is, whether the minutes are locked and their newest version", async () => {
    const locked = await app.db.meeting.findFirstOrThrow({ where: { minutesStatus: "locked" }, select: { id: true } });
    const open = await app.db.meeting.findFirstOrThrow({ where: { minutesStatus: "open", versions: { none: {} } }, select: { id: true } });
    const latest = await app.db.minutesVersion.findFirstOrThrow({ where: { meetingId: locked.id }, orderBy: { number: "desc" } });
    const user = await app.db.user.findUniqueOrThrow({ where: { email: "notetaker1@kateb.local" } });
    const noteTaker = apiClient(app.url, await signIn(app.url, "notetaker1@kateb.local"));
    const lockedTicket = await noteTaker("POST", "/api/collab-token", { meetingId: locked.id });
    expect(lockedTicket.body).toMatchObject({ userId: user.id, locked: true, canEdit: false, version: latest.number });
    const openTicket = await noteTaker("POST", "/api/collab-token", { meetingId: open.id });
    expect(openTicket.body).toMatchObject({ userId: user.id, locked: false, canEdit: true, version: null });
  });

  it("gives a viewer a token without the right to edit", async () => {
    const viewer = apiClient(app.url, await signIn(app.url, "viewer@kateb.local"));
    const answer = await viewer("POST", "/api/collab-token", { meetingId: sampleMeetingId });
    expect(answer.body).toMatchObject({ role: "viewer", canEdit: false });
  });

  it("answers a non-member exactly as for a meeting that does not exist (404)", async () => {
    const stranger = await createUser(app.db, "غریبه");
    const cookie = await signIn(app.url, stranger.email, TEST_PASSWORD);
    const api = apiClient(app.url, inLocale(cookie, "en"));
    const member = await api("POST", "/api/collab-token", { meetingId: sampleMeetingId });
    const absent = await api("POST", "/api/collab-token", { meetingId: "no-such-meeting" });
    expect(member.status).toBe(404);
    expect(member.body).toEqual(absent.body);
    expect(errorOf(member).message).toBe("Not found.");
  });

  it("refuses a body without a meeting id (422)", async () => {
    const noteTaker = apiClient(app.url, await signIn(app.url, "notetaker2@kateb.local"));
    const answer = await noteTaker("POST", "/api/collab-token", { meeting: 1 });
    expect(answer.status).toBe(422);
    expect(errorOf(answer).code).toBe("invalid_input");
  });
});
