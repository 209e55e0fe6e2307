// A note-taker whose connection keeps dropping: 100 times it goes offline,
// types, and comes back while a colleague types too. Every edit ends up
// exactly once everywhere, and each reconnect stores only what was new.
import { describe, expect, it } from "vitest";
import { collabOnPort0 } from "../fixtures/collab-on-port-0";
import { storedDoc, storedUpdateCount } from "../helpers/collab-inspect";
import { tokenFor, tokensFor } from "../helpers/collab-server";
import { eventually } from "../helpers/eventually";
import { createMeetingWithMembers } from "../helpers/factories";
import { connectStock, docReaches, syncedAgain } from "../helpers/stock-client";
import { connectTracked } from "../helpers/tracked-client";

const RECONNECTS = 100;

const t = collabOnPort0();

const occurrences = (text: string, marker: string): number => text.split(marker).length - 1;

describe("a note-taker on a flaky connection", () => {
  it(`reconnects ${RECONNECTS} times with edits made offline, and every edit is there exactly once`, async () => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", "note-taker"]);
    const roamer = connectTracked(t.url, docName, tokensFor(members[0].id, docName));
    const desk = connectStock(t.url, docName, tokenFor(members[1].id, docName));
    await Promise.all([roamer.synced, desk.synced]);
    const rowsBefore = await storedUpdateCount(t.db, docName);

    const markers: string[] = [];
    for (let round = 0; round < RECONNECTS; round += 1) {
      roamer.provider.disconnect();
      const offline = roamer.doc.getText("t");
      offline.insert(round % 2 === 0 ? 0 : offline.length, `[r${round}]`);
      desk.doc.getText("t").insert(0, `(d${round})`);
      markers.push(`[r${round}]`, `(d${round})`);
      roamer.provider.connect();
      await syncedAgain(roamer);
    }

    const complete = (text: string): boolean => markers.every((marker) => text.includes(marker));
    await docReaches(desk.doc, (doc) => complete(doc.getText("t").toString()));
    await docReaches(roamer.doc, (doc) => complete(doc.getText("t").toString()));
    await eventually(() => expect(roamer.unsaved).toBe(false));
    const fresh = connectStock(t.url, docName, tokenFor(members[1].id, docName));
    await fresh.synced;
    const stored = (await storedDoc(t.db, docName)).getText("t").toString();
    for (const text of [desk.doc.getText("t").toString(), roamer.doc.getText("t").toString(), fresh.doc.getText("t").toString(), stored]) {
      expect(markers.filter((marker) => occurrences(text, marker) !== 1)).toEqual([]);
      expect(text.length).toBe(markers.join("").length);
    }
    // One row per edit: a reconnect stores what was new, never the whole document again.
    expect(await storedUpdateCount(t.db, docName)).toBe(rowsBefore + 2 * RECONNECTS);
  });
});
