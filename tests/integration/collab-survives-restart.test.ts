// What a client wrote is still there after the server is closed and a new one
// starts on the same database.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "@/server/db/client";
import { startCollab, tokenFor } from "../helpers/collab-server";
import { createMeeting, createUser } from "../helpers/factories";
import { connectStock, destroyAllStockClients, docReaches } from "../helpers/stock-client";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
});
afterEach(() => destroyAllStockClients());
afterAll(async () => {
  await t.cleanup();
});

describe("the minutes", () => {
  it("survive a server restart", async () => {
    const writer = await createUser(t.db);
    const reader = await createUser(t.db);
    const meeting = await createMeeting(t.db, [
      { userId: writer.id, role: "note-taker" },
      { userId: reader.id, role: "viewer" },
    ]);
    const first = await startCollab(t.db);
    const one = connectStock(first.url, meeting.docName, tokenFor(writer.id, meeting.docName));
    const watcher = connectStock(first.url, meeting.docName, tokenFor(reader.id, meeting.docName));
    await Promise.all([one.synced, watcher.synced]);
    const lines = ["سطر اول", "second line", "سطر سوم third"];
    for (const line of lines) one.doc.getText("t").insert(one.doc.getText("t").length, `${line}\n`);
    one.doc.getText("t").delete(0, 1);
    const expected = `${lines.join("\n")}\n`.slice(1);
    await docReaches(watcher.doc, (doc) => doc.getText("t").toString() === expected);
    const template = watcher.doc.getXmlFragment("default").toString();
    destroyAllStockClients();
    await first.close();

    // A new server, over a new connection to the same database.
    const db = openDb(t.url);
    const second = await startCollab(db);
    try {
      const fresh = connectStock(second.url, meeting.docName, tokenFor(reader.id, meeting.docName));
      await fresh.synced;
      expect(fresh.doc.getText("t").toString()).toBe(expected);
      expect(fresh.doc.getXmlFragment("default").toString()).toBe(template);
    } finally {
      destroyAllStockClients();
      await second.close();
      await db.$disconnect();
    }
  });
});
