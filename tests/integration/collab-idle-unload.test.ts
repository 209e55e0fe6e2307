// A document nobody is connected to is unloaded after `idleUnloadMs`, leaving
// no timer behind; connecting again loads the same content.
import { describe, expect, it } from "vitest";
import { collabOnPort0 } from "../fixtures/collab-on-port-0";
import { storedUpdateCount } from "../helpers/collab-inspect";
import { tokenFor } from "../helpers/collab-server";
import { eventually } from "../helpers/eventually";
import { createMeeting, createMeetingWithMembers, createUser } from "../helpers/factories";
import { connectStock, docReaches } from "../helpers/stock-client";

const t = collabOnPort0({ idleUnloadMs: 50 });

describe("a document", () => {
  it("stays loaded while anyone is connected, is unloaded after the last one leaves, and loads again the same", async () => {
    const meeting = await createMeetingWithMembers(t.db, ["note-taker", "organizer"]);
    const [first, second] = meeting.members;
    const one = connectStock(t.url, meeting.docName, tokenFor(first.id, meeting.docName));
    const two = connectStock(t.url, meeting.docName, tokenFor(second.id, meeting.docName));
    await Promise.all([one.synced, two.synced]);
    one.doc.getText("t").insert(0, "نوشته written");
    await docReaches(two.doc, (doc) => doc.getText("t").toString() === "نوشته written");
    const minutes = two.doc.getXmlFragment("default").toString();

    one.destroy();
    await eventually(() => expect(t.collab.connectionCount).toBe(1));
    expect(t.collab.registry.size).toBe(1);
    expect(t.collab.registry.timerCount).toBe(0);

    two.destroy();
    await eventually(() => {
      expect(t.collab.registry.size).toBe(0);
      expect(t.collab.registry.timerCount).toBe(0);
    });
    // Unloading compacted the log into the snapshot.
    expect(await storedUpdateCount(t.db, meeting.docName)).toBe(0);

    const again = connectStock(t.url, meeting.docName, tokenFor(second.id, meeting.docName));
    await again.synced;
    expect(again.doc.getText("t").toString()).toBe("نوشته written");
    expect(again.doc.getXmlFragment("default").toString()).toBe(minutes);
    expect(t.collab.registry.size).toBe(1);
  });

  it("survives many quick leave-and-return cycles around the unload without losing an edit", async () => {
    const user = await createUser(t.db);
    const meeting = await createMeeting(t.db, [{ userId: user.id, role: "note-taker" }]);
    let expected = "";
    for (let round = 0; round < 15; round += 1) {
      const client = connectStock(t.url, meeting.docName, tokenFor(user.id, meeting.docName));
      await client.synced;
      expect(client.doc.getText("t").toString()).toBe(expected);
      client.doc.getText("t").insert(expected.length, `${round};`);
      expected += `${round};`;
      // Wait until the edit is committed: a second client syncs only committed state.
      const check = connectStock(t.url, meeting.docName, tokenFor(user.id, meeting.docName));
      await docReaches(check.doc, (doc) => doc.getText("t").toString() === expected);
      client.destroy();
      check.destroy();
      // Return at varying moments: before, around and after the unload.
      if (round % 3 === 1) await eventually(() => expect(t.collab.registry.size).toBe(0));
    }
    await eventually(() => {
      expect(t.collab.registry.size).toBe(0);
      expect(t.collab.registry.timerCount).toBe(0);
    });
  });
});
