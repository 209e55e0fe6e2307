// Nothing is read from a connection while it is being authenticated: of the
// WebSocket frames a client sends right after its upgrade request, before the
// server has answered, the server holds at most what Node's socket reads
// ahead by itself (two reads of the kernel's buffer); the rest stays with TCP,
// on the client's side. Admitted, the connection is read and they are applied;
// refused, they are never read nor applied.
import type { Socket } from "node:net";
import * as Y from "yjs";
import { afterEach, beforeAll, afterAll, describe, expect, it } from "vitest";
import { storedDoc, withServerDoc } from "../helpers/collab-inspect";
import { startCollab, tokenFor, type RunningCollab } from "../helpers/collab-server";
import { eventually } from "../helpers/eventually";
import { createMeetingWithMembers } from "../helpers/factories";
import { holdAccessLookups, type HeldAccessLookups } from "../helpers/held-access-lookups";
import { syncUpdateMessage } from "../helpers/raw-client";
import { destroyAllTcp, firstLine, tcp, upgradeRequest } from "../helpers/raw-tcp";
import { createSqliteTestDb, type SqliteTestDb } from "../helpers/test-db";
import { SqliteUpdateLog } from "@/server/collab/storage/sqlite-update-log";

/** What one read of a socket takes from the kernel at most (libuv's buffer). */
const ONE_READ = 64 * 1024;
/** What the server may have taken without reading the frames: the read that
 * carried the request (the rest of it is the upgrade's `head`), and the one
 * read ahead Node's socket makes by itself before it stops for want of a
 * reader — not what the client sends after them. */
const READ_AT_MOST = 2 * ONE_READ;
const SENT = 1024 * 1024;

let t: SqliteTestDb;
const running: Array<{ server: RunningCollab; log: SqliteUpdateLog; lookups: HeldAccessLookups }> = [];

beforeAll(() => {
  t = createSqliteTestDb();
});
afterEach(async () => {
  destroyAllTcp();
  for (const { server, log, lookups } of running.splice(0)) {
    lookups.releaseAll();
    await server.close();
    await log.close();
  }
});
afterAll(() => t.cleanup());

/** A server whose access lookups wait until released, and the server's side of every TCP connection to it. */
async function heldServer(): Promise<{ server: RunningCollab; lookups: HeldAccessLookups; serverSide: (client: Socket) => Socket }> {
  const lookups = holdAccessLookups(t.db);
  const log = new SqliteUpdateLog(t.file);
  const server = await startCollab(t.db, { db: lookups.db, updateLog: log });
  running.push({ server, log, lookups });
  const accepted: Socket[] = [];
  server.http.on("connection", (socket: Socket) => accepted.push(socket));
  const serverSide = (client: Socket): Socket => {
    const found = accepted.find((socket) => socket.remotePort === client.localPort);
    if (!found) throw new Error("no server socket for this client");
    return found;
  };
  return { server, lookups, serverSide };
}

/** A client's (masked) binary WebSocket frame carrying `payload`. */
function clientFrame(payload: Uint8Array): Buffer {
  const mask = Buffer.from([0x13, 0x57, 0x9b, 0xdf]);
  const length =
    payload.length < 126
      ? Buffer.from([0x80 | payload.length])
      : Buffer.from([0x80 | 126, payload.length >> 8, payload.length & 0xff]);
  const masked = Buffer.from(payload.map((byte, index) => byte ^ (mask[index % 4] ?? 0)));
  return Buffer.concat([Buffer.from([0x82]), length, mask, masked]);
}

/** About `bytes` of frames, each an update that writes `marker` into the document. */
function framesWriting(marker: string, bytes: number): Buffer {
  const doc = new Y.Doc();
  doc.getText("t").insert(0, marker + "x".repeat(4_000));
  const frame = clientFrame(syncUpdateMessage(Y.encodeStateAsUpdate(doc)));
  return Buffer.concat(Array.from({ length: Math.ceil(bytes / frame.length) }, () => frame));
}

/** `count` turns of the event loop. In each, a socket that is being read takes
 * everything the kernel holds for it (up to 32 reads): a hundred turns are far
 * more than a server reading the frames would need to take a megabyte. */
async function turns(count: number): Promise<void> {
  for (let turn = 0; turn < count; turn += 1) await new Promise((resolve) => setImmediate(resolve));
}

const text = (doc: Y.Doc): string => doc.getText("t").toString();

/** Sends an upgrade request and, at once, frames writing `marker`; once the
 * request's access lookup is held and the server had 100 turns to read, the
 * server has read no more than Node's read-ahead of it. */
async function sendWhileHeld(
  { server, lookups, serverSide }: Awaited<ReturnType<typeof heldServer>>,
  docName: string,
  userId: string,
  marker: string,
): Promise<{ request: string; frames: Buffer; answer: Promise<string>; socket: Socket }> {
  const request = upgradeRequest(`/collab/${docName}?token=${tokenFor(userId, docName)}`, server.port, { complete: true });
  const frames = framesWriting(marker, SENT);
  const client = await tcp(server.port);
  const answer = firstLine(client);
  client.write(request);
  client.write(frames);
  await eventually(() => expect(lookups.held).toBe(1));
  await turns(100);
  const socket = serverSide(client);
  expect(socket.bytesRead).toBeLessThanOrEqual(READ_AT_MOST);
  return { request, frames, answer, socket };
}

describe("an upgrade being authenticated", () => {
  it("is not read: the frames sent after it wait with the client (but for Node's read-ahead), and are read and applied once it is admitted", async () => {
    const { server, lookups, serverSide } = await heldServer();
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker"]);
    const { request, frames, answer, socket } = await sendWhileHeld({ server, lookups, serverSide }, docName, members[0].id, "sent while authenticating;");
    expect(server.collab.registry.peek(docName)).toBeUndefined();
    expect(server.collab.connectionCount).toBe(0);

    lookups.releaseAll();
    expect(await answer).toBe("HTTP/1.1 101 Switching Protocols");
    // Admitted, the connection is read: every frame arrives, and is applied.
    await eventually(() => expect(socket.bytesRead).toBe(request.length + frames.length));
    await eventually(async () =>
      expect(await withServerDoc(server.collab, docName, text)).toMatch(/^sent while authenticating;/),
    );
  });

  it("and then refused is never read, nor is anything it sent applied", async () => {
    const { server, lookups, serverSide } = await heldServer();
    const { id: meetingId, docName, members } = await createMeetingWithMembers(t.db, ["note-taker"]);
    const before = text(await storedDoc(t.db, docName));
    const { answer, socket } = await sendWhileHeld({ server, lookups, serverSide }, docName, members[0].id, "sent by the refused;");

    // Removed from the meeting while the lookup was on its way: refused.
    await t.db.membership.delete({ where: { meetingId_userId: { meetingId, userId: members[0].id } } });
    lookups.releaseAll();
    expect(await answer).toBe("HTTP/1.1 404 Not Found");
    await eventually(() => expect(socket.destroyed).toBe(true));
    expect(socket.bytesRead).toBeLessThanOrEqual(READ_AT_MOST);
    expect(server.collab.connectionCount).toBe(0);
    expect(server.collab.registry.peek(docName)).toBeUndefined();
    expect(text(await storedDoc(t.db, docName))).toBe(before);
  });
});
