// A client whose network vanished (no close, no FIN: it just stops answering)
// is found by the server's pings and dropped, and the others stop seeing its
// presence then, not only after the 30 s presence timeout; a client that
// answers pings stays.
import WebSocket from "ws";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { serverPresenceIds } from "../helpers/collab-inspect";
import { startCollab, tokenFor, type RunningCollab } from "../helpers/collab-server";
import { eventually } from "../helpers/eventually";
import { createMeetingWithMembers } from "../helpers/factories";
import { closeAllRawSockets, opened, rawSocket } from "../helpers/raw-client";
import { awarenessMessage, awarenessUpdate } from "../helpers/raw-peer";
import { connectStock, destroyAllStockClients } from "../helpers/stock-client";
import { createTestDb, type TestDb } from "../helpers/test-db";

const PING_INTERVAL_MS = 100;
const DROPPED_ID = 777_001;

let t: TestDb;
let server: RunningCollab;

beforeAll(async () => {
  t = createTestDb();
  server = await startCollab(t.db, { pingIntervalMs: PING_INTERVAL_MS });
});
afterEach(() => {
  destroyAllStockClients();
  closeAllRawSockets();
});
afterAll(async () => {
  await server.close();
  await t.cleanup();
});

describe("a client that stops answering", () => {
  it("is dropped by the pings, and its presence is gone for the others; a client that answers stays", async () => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", "viewer"]);
    const observer = connectStock(server.url, docName, tokenFor(members[1].id, docName));
    await observer.synced;
    observer.provider.awareness.setLocalStateField("cursor", { at: 1 });
    // A socket that never answers a ping: what the server sees of a client whose network went away.
    const dropped = rawSocket(server.url, docName, tokenFor(members[0].id, docName), {}, { autoPong: false });
    await opened(dropped);
    dropped.send(awarenessMessage(awarenessUpdate([{ clientID: DROPPED_ID, clock: 1, state: { cursor: { at: 3 } } }])));
    await eventually(() => expect(observer.provider.awareness.getStates().has(DROPPED_ID)).toBe(true));
    expect(server.collab.connectionCount).toBe(2);

    await eventually(() => expect(server.collab.connectionCount).toBe(1));
    await eventually(() => expect(observer.provider.awareness.getStates().has(DROPPED_ID)).toBe(false));
    expect(await serverPresenceIds(server.collab, docName)).toEqual([observer.doc.clientID]);
    // The observer answered every ping meanwhile, and is still there for the next ones.
    const pings = countPings(observer.provider.ws);
    await eventually(() => expect(pings.count).toBeGreaterThanOrEqual(3));
    expect(observer.closes).toBe(0);
    expect(server.collab.connectionCount).toBe(1);
  });
});

/** Counts the pings the stock client's socket (a `ws` socket here) receives from now on. */
function countPings(socket: unknown): { count: number } {
  if (!(socket instanceof WebSocket)) throw new Error("the observer is not connected over ws");
  const counter = { count: 0 };
  socket.on("ping", () => (counter.count += 1));
  return counter;
}
