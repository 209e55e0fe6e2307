// A long session's minutes: 50,000 small updates, one keystroke each. The log
// is compacted as they arrive, so a cold load reads one snapshot and a short
// tail, not 50,000 rows; and it loads exactly what was typed. (How fast it
// loads is measured in bench/.)
import { describe, expect, it } from "vitest";
import { sqliteCollabOnPort0 } from "../fixtures/collab-on-port-0";
import { storedUpdateCount } from "../helpers/collab-inspect";
import { startCollab, tokenFor } from "../helpers/collab-server";
import { eventually } from "../helpers/eventually";
import { createMeetingWithMembers } from "../helpers/factories";
import { RawPeer } from "../helpers/raw-peer";
import { connectStock, destroyAllStockClients } from "../helpers/stock-client";

const UPDATES = 50_000;
const COMPACT_AFTER = 500;

// One typist at full speed: the rate limits are not what is tested here.
// SQLite only, for time: about 3 min on PostgreSQL on a 2-core machine (20 s on SQLite); collab-log-compaction compacts on both.
const t = sqliteCollabOnPort0({ compactAfter: COMPACT_AFTER, limits: { updatesPerSecond: 1_000_000, bytesPerSecond: 1_000_000_000 } }, { keepClients: true });

describe(`minutes built from ${UPDATES} small updates`, () => {
  // About two minutes on a quiet 2-core machine (117 s before this session's changes too).
  it("are compacted as they are written, and load cold exactly as typed", { timeout: 400_000 }, async () => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", "viewer"]);
    const typist = await RawPeer.open(t.url, docName, tokenFor(members[0].id, docName));
    await typist.roundTrip();
    const text = typist.doc.getText("t");
    let sentBytes = 0;
    typist.doc.on("update", (update: Uint8Array) => (sentBytes += update.byteLength));
    for (let index = 0; index < UPDATES; index += 1) {
      text.insert(index % 500 === 499 ? 0 : text.length, index % 61 === 60 ? "\n" : String.fromCharCode(0x0627 + (index % 28)));
    }
    await typist.roundTrip(); // answered once everything is committed

    await eventually(async () => expect(await storedUpdateCount(t.db, docName)).toBeLessThan(COMPACT_AFTER));
    const { snapshot } = await t.db.collabDocument.findUniqueOrThrow({ where: { name: docName } });
    // About a tenth of what was sent, give or take the random client ids' lengths
    // (each item's origin names one): well below it, as 50,000 rows could not be.
    expect(snapshot.byteLength).toBeLessThan(sentBytes / 5);

    const cold = await startCollab(t.db);
    try {
      const reader = connectStock(cold.url, docName, tokenFor(members[1].id, docName));
      await reader.synced;
      expect(reader.doc.getText("t").length).toBe(UPDATES);
      expect(reader.doc.getText("t").toString()).toBe(text.toString());
      expect(reader.doc.getXmlFragment("default").length).toBeGreaterThan(0);
    } finally {
      destroyAllStockClients();
      await cold.close();
    }
  });
});
