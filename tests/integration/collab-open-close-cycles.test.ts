// Idle documents are unloaded, and nothing is left behind: after 10,000
// connections opened and closed (cleanly or not, some publishing presence,
// some editing), the server holds no document, no connection and no timer
// more than before.
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { sqliteCollabOnPort0 } from "../fixtures/collab-on-port-0";
import { storedDoc } from "../helpers/collab-inspect";
import { tokenFor } from "../helpers/collab-server";
import { eventually } from "../helpers/eventually";
import { createMeetingWithMembers } from "../helpers/factories";
import { syncStep2Message, syncUpdateMessage } from "../helpers/raw-client";
import { awarenessMessage, awarenessUpdate } from "../helpers/raw-peer";

const CYCLES = 10_000;
const LANES = 16;
const DOCUMENTS = 8;

// SQLite only, for time: what it tests is what the server holds in memory (about 90 s more on PostgreSQL on a 2-core machine).
const t = sqliteCollabOnPort0({ idleUnloadMs: 5, limits: { connectionsPerIpPerMinute: 1_000_000 } }, { keepClients: true });

const timers = (): number => process.getActiveResourcesInfo().filter((kind) => kind === "Timeout").length;

/** One connection's life: open, hear the greeting, maybe say something, go. */
function cycle(url: string, index: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.on("error", reject);
    ws.on("close", () => resolve());
    ws.once("message", () => {
      if (index % 10 === 0) ws.send(awarenessMessage(awarenessUpdate([{ clientID: 1_000_000 + index, clock: 1, state: { cycle: index } }])));
      if (index % 50 === 0) {
        const doc = new Y.Doc();
        doc.getText("t").insert(0, `<${index}>`);
        ws.send(syncStep2Message());
        ws.send(syncUpdateMessage(Y.encodeStateAsUpdate(doc)));
      }
      // Some leave without a goodbye, as a dropped network would.
      if (index % 3 === 0) ws.terminate();
      else ws.close();
    });
  });
}

describe(`${CYCLES} connections opened and closed`, () => {
  it("leave no document loaded, no connection and no timer behind, and lose no edit made on the way", { timeout: 240_000 }, async () => {
    const meetings = await Promise.all(Array.from({ length: DOCUMENTS }, () => createMeetingWithMembers(t.db, ["note-taker"])));
    // A token opens one connection: each cycle has its own.
    const urls = meetings.map(({ docName, members }) => (): string => `${t.url}/${docName}?token=${tokenFor(members[0].id, docName, 600)}`);
    const baseline = { documents: t.collab.registry.size, idleTimers: t.collab.registry.timerCount, connections: t.collab.connectionCount, timers: timers() };
    expect(baseline).toMatchObject({ documents: 0, idleTimers: 0, connections: 0 });

    let next = 0;
    await Promise.all(
      Array.from({ length: LANES }, async () => {
        for (let index = next++; index < CYCLES; index = next++) await cycle(urls[index % DOCUMENTS]?.() ?? "", index);
      }),
    );

    await eventually(() => {
      expect({
        documents: t.collab.registry.size,
        idleTimers: t.collab.registry.timerCount,
        connections: t.collab.connectionCount,
      }).toEqual({ documents: baseline.documents, idleTimers: baseline.idleTimers, connections: baseline.connections });
      // Every timer of this process, the test runner's included: none more than before.
      expect(timers()).toBeLessThanOrEqual(baseline.timers);
    }, 10_000);
    // Every edit made on the way was stored, once.
    for (const [position, { docName }] of meetings.entries()) {
      const text = (await storedDoc(t.db, docName)).getText("t").toString();
      const expected = Array.from({ length: CYCLES / 50 }, (_, k) => k * 50).filter((index) => index % DOCUMENTS === position);
      expect(expected.filter((index) => text.split(`<${index}>`).length !== 2)).toEqual([]);
    }
  });
});
