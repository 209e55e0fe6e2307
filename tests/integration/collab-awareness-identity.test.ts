// Presence names come from the account, not from what a client claims.
import { describe, expect, it } from "vitest";
import { collabOnPort0 } from "../fixtures/collab-on-port-0";
import { tokenFor } from "../helpers/collab-server";
import { createMeeting, createUser } from "../helpers/factories";
import { connectStock } from "../helpers/stock-client";

const t = collabOnPort0();

describe("awareness identity", () => {
  it("shows each connection under its account's name, colour and role, whatever the client claims", async () => {
    const mallory = await createUser(t.db, "مهدی واقعی");
    const watcher = await createUser(t.db, "ناظر");
    const meeting = await createMeeting(t.db, [
      { userId: mallory.id, role: "viewer" },
      { userId: watcher.id, role: "note-taker" },
    ]);
    const liar = connectStock(t.url, meeting.docName, tokenFor(mallory.id, meeting.docName));
    const observer = connectStock(t.url, meeting.docName, tokenFor(watcher.id, meeting.docName));
    await Promise.all([liar.synced, observer.synced]);
    liar.provider.awareness.setLocalStateField("user", { name: "The Organizer", color: "#000000", role: "organizer" });
    await expect
      .poll(() => observer.provider.awareness.getStates().get(liar.doc.clientID)?.user, { timeout: 5_000 })
      .toEqual({ name: "مهدی واقعی", color: "#0f766e", role: "viewer" });
  });
});
