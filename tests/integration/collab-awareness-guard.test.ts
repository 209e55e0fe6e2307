// Presence is bounded and cannot be forged: a connection publishes only under
// awareness ids no other connection speaks for (what the stock client echoes
// of others is ignored, not punished), at most four of them, a document holds
// a bounded number of entries, and a connection's presence messages are
// rate-limited, the latest state always arriving in the end.
import { describe, expect, it } from "vitest";
import { collabOnPort0 } from "../fixtures/collab-on-port-0";
import { serverPresence, serverPresenceIds } from "../helpers/collab-inspect";
import { startCollab, tokenFor } from "../helpers/collab-server";
import { eventually } from "../helpers/eventually";
import { createMeetingWithMembers } from "../helpers/factories";
import { closeAllRawSockets } from "../helpers/raw-client";
import { awarenessMessage, awarenessUpdate, RawPeer } from "../helpers/raw-peer";
import { connectStock, destroyAllStockClients, type StockClient } from "../helpers/stock-client";

const t = collabOnPort0();

const stateOf = (observer: StockClient, clientID: number): Record<string, unknown> | undefined =>
  observer.provider.awareness.getStates().get(clientID);

describe("a connection's presence", () => {
  it("cannot be published under another connection's client id, nor remove another's; the stock clients' echoes close nobody", async () => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", "note-taker", "note-taker", "viewer"]);
    // Two stock clients, which echo every presence they receive back to the server.
    const alice = connectStock(t.url, docName, tokenFor(members[0].id, docName));
    const bob = connectStock(t.url, docName, tokenFor(members[1].id, docName));
    await Promise.all([alice.synced, bob.synced]);
    alice.provider.awareness.setLocalStateField("mark", "alice");
    await eventually(() => expect(stateOf(bob, alice.doc.clientID)?.mark).toBe("alice"));
    // A raw victim, which, unlike the stock client, does not fight back when its presence is overwritten.
    const victim = await RawPeer.open(t.url, docName, tokenFor(members[2].id, docName));
    victim.ws.send(
      awarenessMessage(
        awarenessUpdate([
          { clientID: 5_000, clock: 1, state: { mark: "victim-1" } },
          { clientID: 6_000, clock: 1, state: { mark: "still here" } },
        ]),
      ),
    );
    await victim.roundTrip();

    const mallory = await RawPeer.open(t.url, docName, tokenFor(members[3].id, docName));
    mallory.ws.send(
      awarenessMessage(
        awarenessUpdate([
          { clientID: 5_000, clock: 1_000, state: { mark: "forged" } },
          { clientID: 6_000, clock: 1_000, state: null },
          { clientID: 424_242, clock: 1, state: { mark: "mallory's own" } },
        ]),
      ),
    );
    await mallory.roundTrip();
    const presence = await serverPresence(t.collab, docName);
    expect(presence.get(5_000)?.mark).toBe("victim-1");
    expect(presence.get(6_000)?.mark).toBe("still here");
    // Under an id of its own it is shown, as who it is.
    expect(presence.get(424_242)).toEqual({ mark: "mallory's own", user: { name: "کاربر آزمایشی", color: "#0f766e", role: "viewer" } });

    // Had the forged clock been taken, it would hide the victim's next state.
    victim.ws.send(awarenessMessage(awarenessUpdate([{ clientID: 5_000, clock: 2, state: { mark: "victim-2" } }])));
    await eventually(() => expect(stateOf(bob, 5_000)?.mark).toBe("victim-2"));
    expect([alice.closes, bob.closes]).toEqual([0, 0]);
    expect(mallory.ws.readyState).toBe(mallory.ws.OPEN);
  });

  it("takes at most four client ids per connection, and a document holds a bounded number of entries", async () => {
    const bounded = await startCollab(t.db, { limits: { maxAwarenessEntries: 6 } });
    try {
      const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", "note-taker", "note-taker"]);
      const token = (index: 0 | 1 | 2): string => tokenFor(members[index].id, docName);
      const many = (from: number) =>
        awarenessMessage(awarenessUpdate(Array.from({ length: 10 }, (_, i) => ({ clientID: from + i, clock: 1, state: { i } }))));
      const first = await RawPeer.open(bounded.url, docName, token(0));
      first.ws.send(many(1_000));
      await first.roundTrip();
      expect(await serverPresenceIds(bounded.collab, docName)).toEqual([1_000, 1_001, 1_002, 1_003]);

      const second = await RawPeer.open(bounded.url, docName, token(1));
      second.ws.send(many(2_000));
      await second.roundTrip();
      expect(await serverPresenceIds(bounded.collab, docName)).toEqual([1_000, 1_001, 1_002, 1_003, 2_000, 2_001]);

      // A newcomer finds the document full; once the first leaves, it is shown.
      const late = await RawPeer.open(bounded.url, docName, token(2));
      const present = (clock: number) => awarenessMessage(awarenessUpdate([{ clientID: 3_000, clock, state: { mark: "late" } }]));
      late.ws.send(present(1));
      await late.roundTrip();
      expect(await serverPresenceIds(bounded.collab, docName)).toHaveLength(6);
      first.ws.close();
      await first.closed;
      await eventually(async () => expect(await serverPresenceIds(bounded.collab, docName)).toEqual([2_000, 2_001]));
      late.ws.send(present(2));
      await late.roundTrip();
      expect(await serverPresenceIds(bounded.collab, docName)).toEqual([2_000, 2_001, 3_000]);
    } finally {
      destroyAllStockClients();
      closeAllRawSockets();
      await bounded.close();
    }
  });

  it("is passed on at a bounded rate, however its messages are spread over time, and the latest state still arrives", async () => {
    const limited = await startCollab(t.db, { limits: { awarenessPerSecond: 10, burstSeconds: 0.5 } });
    try {
      const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", "viewer"]);
      const observer = connectStock(limited.url, docName, tokenFor(members[1].id, docName));
      await observer.synced;
      let seen = 0;
      observer.provider.awareness.on("update", ({ added, updated }: { added: number[]; updated: number[] }) => {
        if (added.includes(777) || updated.includes(777)) seen += 1;
      });
      const chatty = await RawPeer.open(limited.url, docName, tokenFor(members[0].id, docName));
      await chatty.roundTrip();
      // Each message waits for the server's answer to the one before: each
      // arrives in a turn of the event loop of its own, so the server's merging
      // of the changes made in one turn cannot hide how many it passes on.
      const messages = 100;
      const started = Date.now();
      for (let clock = 1; clock <= messages; clock += 1) {
        chatty.ws.send(awarenessMessage(awarenessUpdate([{ clientID: 777, clock, state: { probe: clock } }])));
        await chatty.roundTrip();
      }
      await eventually(() => expect(stateOf(observer, 777)?.probe).toBe(messages));
      // A burst of five, then ten a second at most (the latest one once the rate allows it).
      const allowance = 5 + Math.ceil(((Date.now() - started) / 1000) * 10) + 1;
      expect(seen).toBeGreaterThanOrEqual(2);
      expect(seen).toBeLessThanOrEqual(Math.min(allowance, messages / 2));
      expect(chatty.ws.readyState).toBe(chatty.ws.OPEN);
    } finally {
      destroyAllStockClients();
      closeAllRawSockets();
      await limited.close();
    }
  });
});
