// A client whose network vanished (no close, no FIN: it just stops answering)
// is found by the server's pings and dropped, and the others stop seeing its
// presence then, not only after the 30 s presence timeout; a client that
// answers pings stays.
import WebSocket from "ws";
import { describe, expect, it } from "vitest";
import { collabOnPort0 } from "../fixtures/collab-on-port-0";
import { serverPresenceIds } from "../helpers/collab-inspect";
import { tokenFor } from "../helpers/collab-server";
import { eventually } from "../helpers/eventually";
import { createMeetingWithMembers } from "../helpers/factories";
import { opened, rawSocket } from "../helpers/raw-client";
import { awarenessMessage, awarenessUpdate } from "../helpers/raw-peer";
import { connectStock } from "../helpers/stock-client";

const PING_INTERVAL_MS = 100;
const DROPPED_ID = 777_001;

const t = collabOnPort0({ pingIntervalMs: PING_INTERVAL_MS });

describe("a client that stops answering", () => {
  it("is dropped by the pings, and its presence is gone for the others; a client that answers stays", async () => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", "viewer"]);
    const observer = connectStock(t.url, docName, tokenFor(members[1].id, docName));
    await observer.synced;
    observer.provider.awareness.setLocalStateField("cursor", { at: 1 });
    // A socket that never answers a ping: what the server sees of a client whose network went away.
    const dropped = rawSocket(t.url, docName, tokenFor(members[0].id, docName), {}, { autoPong: false });
    await opened(dropped);
    dropped.send(awarenessMessage(awarenessUpdate([{ clientID: DROPPED_ID, clock: 1, state: { cursor: { at: 3 } } }])));
    await eventually(() => expect(observer.provider.awareness.getStates().has(DROPPED_ID)).toBe(true));
    expect(t.collab.connectionCount).toBe(2);

    await eventually(() => expect(t.collab.connectionCount).toBe(1));
    await eventually(() => expect(observer.provider.awareness.getStates().has(DROPPED_ID)).toBe(false));
    expect(await serverPresenceIds(t.collab, docName)).toEqual([observer.doc.clientID]);
    // The observer answered every ping meanwhile, and is still there for the next ones.
    const pings = countPings(observer.provider.ws);
    await eventually(() => expect(pings.count).toBeGreaterThanOrEqual(3));
    expect(observer.closes).toBe(0);
    expect(t.collab.connectionCount).toBe(1);
  });
});

/** Counts the pings the stock client's socket (a `ws` socket here) receives from now on. */
function countPings(socket: unknown): { count: number } {
  if (!(socket instanceof WebSocket)) throw new Error("the observer is not connected over ws");
  const counter = { count: 0 };
  socket.on("ping", () => (counter.count += 1));
  return counter;
}
