// While a person composes a word, the others' document and presence messages
// wait (RemoteChangeHold), and are applied in order when the word is
// committed; the person's own edits go out at once, and the server's step 1
// after a reconnect is answered at once. Real server, stock y-websocket clients.
import { describe, expect, it } from "vitest";
import { RemoteChangeHold } from "@/components/minutes-editor/remote-change-hold";
import { collabOnPort0 } from "../fixtures/collab-on-port-0";
import { createMeeting, createUser } from "../helpers/factories";
import { tokensFor } from "../helpers/collab-server";
import { eventually } from "../helpers/eventually";
import { connectStock, syncedAgain, type StockClient } from "../helpers/stock-client";

const t = collabOnPort0();

async function pair(staleMs?: number): Promise<{ ali: StockClient; maryam: StockClient; hold: RemoteChangeHold }> {
  const a = await createUser(t.db);
  const b = await createUser(t.db);
  const meeting = await createMeeting(t.db, [
    { userId: a.id, role: "note-taker" },
    { userId: b.id, role: "note-taker" },
  ]);
  const ali = connectStock(t.url, meeting.docName, tokensFor(a.id, meeting.docName));
  const maryam = connectStock(t.url, meeting.docName, tokensFor(b.id, meeting.docName));
  // Installed before any message can arrive: messages come in later tasks.
  const hold = new RemoteChangeHold(maryam.provider, staleMs);
  await Promise.all([ali.synced, maryam.synced]);
  return { ali, maryam, hold };
}

const text = (client: StockClient): string => client.doc.getText("t").toString();
const aliPresence = (ali: StockClient, maryam: StockClient): unknown => maryam.provider.awareness.getStates().get(ali.doc.clientID)?.sectionTitle;

describe("holding remote changes while composing", () => {
  it("keeps the others' edits and presence waiting, sends its own, and applies what waited in order on release", async () => {
    const { ali, maryam, hold } = await pair();
    hold.hold();
    ali.doc.getText("t").insert(0, "علی");
    ali.provider.awareness.setLocalStateField("sectionTitle", "پرسش و پاسخ");
    ali.doc.getText("t").insert(3, " Ali");
    // The server may merge the two edits into one message; presence comes apart.
    await eventually(() => expect(hold.held).toBeGreaterThanOrEqual(2));
    expect(text(maryam)).toBe("");
    expect(aliPresence(ali, maryam)).toBeUndefined();

    // Her own edit goes out while she composes.
    maryam.doc.getText("t").insert(0, "مریم ");
    await eventually(() => expect(text(ali)).toContain("مریم "));
    expect(text(maryam)).toBe("مریم ");

    hold.release();
    expect(hold.held).toBe(0);
    // What waited is applied at once, in order.
    expect(text(maryam)).toContain("علی");
    expect(aliPresence(ali, maryam)).toBe("پرسش و پاسخ");
    await eventually(() => expect(text(maryam)).toBe(text(ali)));
    expect(text(maryam)).toContain("علی Ali");

    // Not holding: the next edit arrives as it comes.
    ali.doc.getText("t").insert(text(ali).length, ".");
    await eventually(() => expect(text(maryam)).toBe(text(ali)));
    expect(hold.held).toBe(0);
  });

  it("answers the server's step 1 after a reconnect at once, so edits made offline reach the others while held", async () => {
    const { ali, maryam, hold } = await pair();
    hold.hold();
    maryam.provider.disconnect();
    maryam.doc.getText("t").insert(0, "نوشته بی‌اتصال ");
    ali.doc.getText("t").insert(0, "Ali meanwhile");
    maryam.provider.connect();
    await eventually(() => expect(text(ali)).toContain("نوشته بی‌اتصال "));
    await eventually(() => expect(hold.held).toBeGreaterThan(0));
    expect(text(maryam)).toBe("نوشته بی‌اتصال ");

    hold.release();
    await syncedAgain(maryam);
    expect(text(maryam)).toBe(text(ali));
  });

  it("lets a composition that shows no sign of life stop holding", async () => {
    const { ali, maryam, hold } = await pair(200);
    hold.hold();
    ali.doc.getText("t").insert(0, "Ali");
    await eventually(() => expect(text(maryam)).toBe("Ali"));
    expect(hold.held).toBe(0);
  });
});
