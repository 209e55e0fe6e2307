// Open pages hear of every change of the minutes' state over the meeting's
// collaboration connection, through the real server: a lock or reopen as the
// lock state (102), a version published or its link revoked as message 104 —
// only pages that speak Kateb's protocol (?ack=1), every member's, and only
// when something changed (publishing a version that has a live link tells
// nobody). A client that sends 104 itself is closed (collab-malformed-messages).
import * as decoding from "lib0/decoding";
import { beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { MessageType, meetingDocName } from "@/lib/collab-protocol";
import { appForFile } from "../fixtures/app-for-file";
import { demoAccounts, signedInUsers } from "../fixtures/signed-in-users";
import type { Api } from "../helpers/api-client";
import { eventually } from "../helpers/eventually";
import { createMeeting } from "../helpers/factories";

const app = appForFile();
const users = signedInUsers(["organizer", "noteTaker", "viewer"]);
const { organizer, noteTaker, viewer, ids } = users;

beforeAll(async () => {
  await users.signIn(app, await demoAccounts(app));
});

/** A page of the meeting: the types of Kateb's messages (100 and up) it was sent, in order. */
async function openPage(member: Api, meetingId: string, ack = true): Promise<{ ws: WebSocket; told: number[] }> {
  const ticket = await member("POST", "/api/collab-token", { meetingId });
  const token = (ticket.body as { token: string }).token;
  const url = `${app.url.replace("http", "ws")}/collab/${meetingDocName(meetingId)}?token=${encodeURIComponent(token)}${ack ? "&ack=1" : ""}`;
  const ws = new WebSocket(url);
  const told: number[] = [];
  ws.on("message", (data: Buffer) => {
    const type = decoding.readVarUint(decoding.createDecoder(new Uint8Array(data)));
    if (type >= MessageType.saved) told.push(type);
  });
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  return { ws, told };
}

/** Waits until everything the server sent `ws` before now has arrived (one server's messages keep their order). */
function caughtUp(ws: WebSocket): Promise<void> {
  return new Promise((resolve) => {
    ws.once("pong", () => resolve());
    ws.ping();
  });
}

describe("the minutes' state over the meeting's connection", () => {
  it("tells open pages of a lock, a publication, a revoked link and a reopen, once each", async () => {
    const { id: meetingId } = await createMeeting(app.db, [
      { userId: ids.organizer, role: "organizer" },
      { userId: ids.noteTaker, role: "note-taker" },
      { userId: ids.viewer, role: "viewer" },
    ]);
    const writer = await openPage(noteTaker, meetingId);
    const reader = await openPage(viewer, meetingId);
    const stock = await openPage(noteTaker, meetingId, false);
    const told = () => [writer.told, reader.told];

    expect((await organizer("POST", `/api/meetings/${meetingId}/lock`, {})).status).toBe(201);
    // Told before the lock was answered: a ping sent after the answer is ponged after the message.
    await Promise.all([caughtUp(writer.ws), caughtUp(reader.ws)]);
    expect(told()).toEqual([[MessageType.lockState], [MessageType.lockState]]);

    const published = await organizer("POST", `/api/meetings/${meetingId}/publications`, { versionNumber: 1 });
    expect(published.status).toBe(201);
    const afterPublish = [MessageType.lockState, MessageType.minutesState];
    await eventually(() => expect(told()).toEqual([afterPublish, afterPublish]), 1000);

    // The same version again: its link, and nothing changed to tell of.
    expect((await organizer("POST", `/api/meetings/${meetingId}/publications`, { versionNumber: 1 })).status).toBe(200);
    await Promise.all([caughtUp(writer.ws), caughtUp(reader.ws)]);
    expect(told()).toEqual([afterPublish, afterPublish]);

    const link = (published.body as { id: string }).id;
    expect((await organizer("DELETE", `/api/meetings/${meetingId}/publications/${link}`)).status).toBe(200);
    const afterRevoke = [...afterPublish, MessageType.minutesState];
    await eventually(() => expect(told()).toEqual([afterRevoke, afterRevoke]), 1000);

    expect((await organizer("POST", `/api/meetings/${meetingId}/reopen`, {})).status).toBe(200);
    const afterReopen = [...afterRevoke, MessageType.lockState];
    await eventually(() => expect(told()).toEqual([afterReopen, afterReopen]), 1000);

    // A stock y-websocket client is sent none of Kateb's messages.
    await caughtUp(stock.ws);
    expect(stock.told).toEqual([]);
    for (const page of [writer, reader, stock]) page.ws.close();
  });
});
