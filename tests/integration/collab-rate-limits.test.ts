// A connection that sends faster than its limits (updates and bytes per
// second) is slowed down, not cut off: nothing it sent is lost, and nobody
// else waits. An address that opens connections too fast is refused (429)
// before anything is done for it. An upgrade holds nothing on the server until
// it is authenticated.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startCollab, tokenFor, tokensFor, type RunningCollab } from "../helpers/collab-server";
import { createMeetingWithMembers } from "../helpers/factories";
import { closeAllRawSockets, opened, rawSocket, refusalStatus } from "../helpers/raw-client";
import { RawPeer } from "../helpers/raw-peer";
import { destroyAllTcp, firstLine, tcp, upgradeRequest } from "../helpers/raw-tcp";
import { connectStock, destroyAllStockClients, docReaches } from "../helpers/stock-client";
import { createSqliteTestDb, type SqliteTestDb } from "../helpers/test-db";

let t: SqliteTestDb;
const servers: RunningCollab[] = [];

beforeAll(() => {
  t = createSqliteTestDb();
});
afterEach(() => {
  destroyAllStockClients();
  closeAllRawSockets();
  destroyAllTcp();
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await t.cleanup();
});

async function serverWith(options: Parameters<typeof startCollab>[1]): Promise<RunningCollab> {
  const server = await startCollab(t.db, options);
  servers.push(server);
  return server;
}

describe("a connection over its rate", () => {
  it("is held to its updates per second, loses nothing, and holds up nobody else", async () => {
    // 50 updates a second after a burst of 10.
    const server = await serverWith({ limits: { updatesPerSecond: 50, burstSeconds: 0.2 } });
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", "note-taker", "viewer"]);
    const observer = connectStock(server.url, docName, tokenFor(members[2].id, docName));
    const colleague = connectStock(server.url, docName, tokenFor(members[1].id, docName));
    const flooder = await RawPeer.open(server.url, docName, tokenFor(members[0].id, docName));
    await Promise.all([observer.synced, colleague.synced, flooder.roundTrip()]);

    const markers = Array.from({ length: 60 }, (_, index) => `<${index}>`);
    const seenAt = new Map<string, number>();
    observer.doc.on("update", () => {
      const flood = observer.doc.getText("t").toString();
      for (const marker of markers) if (!seenAt.has(marker) && flood.includes(marker)) seenAt.set(marker, Date.now());
      if (!seenAt.has("colleague") && observer.doc.getText("u").toString() === "colleague") seenAt.set("colleague", Date.now());
    });
    const started = Date.now();
    const text = flooder.doc.getText("t");
    for (const marker of markers) text.insert(text.length, marker);
    colleague.doc.getText("u").insert(0, "colleague");
    await docReaches(observer.doc, (doc) => doc.getText("t").toString() === markers.join("") && doc.getText("u").length > 0, 20_000);
    const last = Math.max(...markers.map((marker) => seenAt.get(marker) ?? Number.NaN));
    // The 50 beyond the burst take a second at 50 a second.
    expect(last - started).toBeGreaterThanOrEqual(900);
    // The colleague's edit, sent after the flood began, was not queued behind it.
    expect(seenAt.get("colleague")).toBeLessThan(last);
    expect(flooder.ws.readyState).toBe(flooder.ws.OPEN);
  });

  it("is held to its bytes per second", async () => {
    // 40 kB a second after a burst of 8 kB.
    const server = await serverWith({ limits: { bytesPerSecond: 40_000, burstSeconds: 0.2 } });
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", "viewer"]);
    const observer = connectStock(server.url, docName, tokenFor(members[1].id, docName));
    const flooder = await RawPeer.open(server.url, docName, tokenFor(members[0].id, docName));
    await Promise.all([observer.synced, flooder.roundTrip()]);
    const chunks = Array.from({ length: 12 }, (_, index) => `${index}:${"x".repeat(4_000)};`);
    const started = Date.now();
    for (const chunk of chunks) flooder.doc.getText("t").insert(flooder.doc.getText("t").length, chunk);
    await docReaches(observer.doc, (doc) => doc.getText("t").toString() === chunks.join(""), 20_000);
    // 48 kB, of which 40 kB beyond the burst: a second.
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(flooder.ws.readyState).toBe(flooder.ws.OPEN);
  });
});

describe("an address opening connections too fast", () => {
  it("is refused with 429 before authentication, while other addresses are let in", async () => {
    const server = await serverWith({ limits: { connectionsPerIpPerMinute: 5 } });
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker"]);
    const token = tokensFor(members[0].id, docName);
    for (let index = 0; index < 5; index += 1) {
      const ws = rawSocket(server.url, docName, token());
      await opened(ws);
      ws.close();
    }
    // Refused before the token is even looked at: a bad one gets 429, not 401.
    expect(await refusalStatus(rawSocket(server.url, docName, "not-a-token"))).toBe(429);
    expect(await refusalStatus(rawSocket(server.url, docName, token()))).toBe(429);
    await opened(rawSocket(server.url, docName, token(), {}, { localAddress: "127.0.0.2" }));
  });
});

describe("an upgrade", () => {

  it("holds nothing until it is authenticated: half-sent, nothing is loaded; refused, the frames sent with it are never read", async () => {
    const server = await serverWith({});
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker"]);
    const elsewhere = await createMeetingWithMembers(t.db, ["note-taker"]);
    const path = `/collab/${docName}?token=${tokenFor(members[0].id, docName)}`;

    const slow = await tcp(server.port);
    slow.write(upgradeRequest(path, server.port, { complete: false }));
    // Meanwhile another client is served from start to finish.
    const other = connectStock(server.url, elsewhere.docName, tokenFor(elsewhere.members[0].id, elsewhere.docName));
    await other.synced;
    expect(server.collab.connectionCount).toBe(1);
    expect(server.collab.registry.peek(docName)).toBeUndefined();
    const answer = firstLine(slow);
    slow.write("\r\n\r\n");
    expect(await answer).toBe("HTTP/1.1 101 Switching Protocols");
    expect(server.collab.connectionCount).toBe(2);
    expect(server.collab.registry.peek(docName)).toBeDefined();

    // A refused upgrade followed at once by a megabyte of frames.
    const rude = await tcp(server.port);
    const refused = firstLine(rude);
    const frames = Buffer.alloc(1024 * 1024, 0x82);
    rude.write(upgradeRequest(`/collab/${docName}?token=forged`, server.port, { complete: true }));
    rude.write(frames);
    expect(await refused).toBe("HTTP/1.1 401 Unauthorized");
    expect(server.collab.connectionCount).toBe(2);
  });
});

