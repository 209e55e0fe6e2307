// Through the real Kateb process: a role change or removal reaches the open
// connections within a second, and a new agenda topic becomes a section of the
// live minutes.
import * as decoding from "lib0/decoding";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { CloseCode, MessageType, meetingDocName } from "@/lib/collab-protocol";
import { readMinutes } from "@/lib/editor/read-minutes";
import { minutesJson } from "@/server/domain/minutes/read-meeting-minutes";
import { apiClient, type Api } from "../helpers/api-client";
import { startApp, type RunningApp } from "../helpers/app-server";
import { storedUpdateCount } from "../helpers/collab-inspect";
import { closeAllRawSockets, closedWith, opened, rawSocket, syncUpdateMessage } from "../helpers/raw-client";
import { signIn } from "../helpers/sign-in";
import { connectStock, destroyAllStockClients, docReaches } from "../helpers/stock-client";

let app: RunningApp;
let organizer: Api;
let collabUrl: string;

beforeAll(async () => {
  app = await startApp();
  organizer = apiClient(app.url, await signIn(app.url, "organizer@kateb.local"));
  collabUrl = `${app.url.replace("http", "ws")}/collab`;
});
const opening = new Set<WebSocket>();
afterEach(() => {
  for (const ws of opening) ws.terminate();
  opening.clear();
  destroyAllStockClients();
  closeAllRawSockets();
});
afterAll(async () => app.stop());

async function newMeetingWith(email: string, role: string): Promise<{ id: string; memberId: string; cookie: string }> {
  const { series } = (await organizer("GET", "/api/series")).body as { series: Array<{ id: string }> };
  const created = await organizer("POST", "/api/meetings", {
    seriesId: series[0]?.id,
    title: "جلسهٔ تغییر نقش",
    startsAt: { year: 1405, month: 9, day: 7, hour: 17, minute: 0 },
    agenda: ["دستور نخست", "دستور سوم"],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = (created.body as { id: string }).id;
  const added = await organizer("POST", `/api/meetings/${id}/members`, { email, role });
  expect(added.status).toBe(201);
  const user = await app.db.user.findUniqueOrThrow({ where: { email } });
  return { id, memberId: user.id, cookie: await signIn(app.url, email) };
}

async function tokenFor(cookie: string, meetingId: string): Promise<string> {
  const answer = await apiClient(app.url, cookie)("POST", "/api/collab-token", { meetingId });
  expect(answer.status).toBe(200);
  return (answer.body as { token: string }).token;
}

/** Kateb's own "role" messages received on a raw socket opened with ack=1. */
function roleMessages(ws: WebSocket): string[] {
  const roles: string[] = [];
  ws.on("message", (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) === MessageType.role) roles.push(decoding.readVarString(decoder));
  });
  return roles;
}

describe("a role change on an open connection", () => {
  it("turns a demoted note-taker read-only within a second: told so, and its next change refused", async () => {
    const meeting = await newMeetingWith("notetaker1@kateb.local", "note-taker");
    const token = await tokenFor(meeting.cookie, meeting.id);
    const ws = new WebSocket(`${collabUrl}/${meetingDocName(meeting.id)}?token=${encodeURIComponent(token)}&ack=1`);
    opening.add(ws);
    const roles = roleMessages(ws);
    await opened(ws);

    const demoted = await organizer("PATCH", `/api/meetings/${meeting.id}/members/${meeting.memberId}`, { role: "reviewer" });
    expect(demoted.status).toBe(200);
    await expect.poll(() => roles, { timeout: 1_000, interval: 10 }).toEqual(["reviewer"]);

    const change = new Y.Doc();
    change.getText("t").insert(0, "نوشتهٔ پس از تنزل نقش");
    const closed = closedWith(ws);
    ws.send(syncUpdateMessage(Y.encodeStateAsUpdate(change)));
    expect((await closed).code).toBe(CloseCode.readOnly);
    const stored = await storedUpdateCount(app.db, meetingDocName(meeting.id));
    expect(stored).toBe(0);
  });

  it("closes the connections of a removed member with 4404", async () => {
    const meeting = await newMeetingWith("notetaker2@kateb.local", "note-taker");
    const ws = rawSocket(collabUrl, meetingDocName(meeting.id), await tokenFor(meeting.cookie, meeting.id));
    await opened(ws);
    const closed = closedWith(ws);
    const removed = await organizer("DELETE", `/api/meetings/${meeting.id}/members/${meeting.memberId}`);
    expect(removed.status).toBe(200);
    expect((await closed).code).toBe(CloseCode.accessRevoked);
  });
});

describe("an agenda change", () => {
  it("adds a section for the new topic to the live minutes, between its neighbours", async () => {
    const meeting = await newMeetingWith("reviewer@kateb.local", "reviewer");
    const client = connectStock(collabUrl, meetingDocName(meeting.id), await tokenFor(meeting.cookie, meeting.id));
    await client.synced;
    const details = (await organizer("GET", `/api/meetings/${meeting.id}`)).body as { agenda: Array<{ id: string; title: string }> };
    const [first, third] = details.agenda;
    const edited = await organizer("PATCH", `/api/meetings/${meeting.id}`, {
      agenda: [first, { title: "دستور دوم، تازه" }, third],
    });
    expect(edited.status).toBe(200);
    const topicTitles = (doc: Y.Doc): string[] =>
      readMinutes(minutesJson(doc)).sections.filter((section) => section.kind === "topic").map((section) => section.title);
    await docReaches(client.doc, (doc) => topicTitles(doc).length === 3, 2_000);
    expect(topicTitles(client.doc)).toEqual(["دستور نخست", "دستور دوم، تازه", "دستور سوم"]);
  });
});
