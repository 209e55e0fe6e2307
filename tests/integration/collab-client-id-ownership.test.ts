// A Yjs client id belongs to one person: the lock says who typed each change
// by the client id it was written under (CollabAuthor). So nobody may write
// under the id another person's editor speaks for in presence, even before
// that person has typed (which would also lock them out of their own
// document), nor publish presence under an id another person writes under.
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { CloseCode } from "@/lib/collab-protocol";
import { MINUTES_FRAGMENT } from "@/lib/editor/extensions";
import { collabOnPort0 } from "../fixtures/collab-on-port-0";
import { appendParagraph } from "../helpers/comment-anchors";
import { serverPresence, serverPresenceIds } from "../helpers/collab-inspect";
import { tokenFor } from "../helpers/collab-server";
import { eventually } from "../helpers/eventually";
import { createMeetingWithMembers } from "../helpers/factories";
import { awarenessMessage, awarenessUpdate, RawPeer } from "../helpers/raw-peer";
import { connectStock, docReaches } from "../helpers/stock-client";

const t = collabOnPort0();

const holds = (text: string) => (doc: Y.Doc) => doc.getXmlFragment(MINUTES_FRAGMENT).toString().includes(text);

describe("a Yjs client id", () => {
  it("another person's editor speaks for in presence is refused to anyone else's update, and stays theirs to type under", async () => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", "note-taker", "viewer"]);
    const bob = connectStock(t.url, docName, tokenFor(members[0].id, docName));
    await bob.synced;
    bob.provider.awareness.setLocalStateField("mark", "bob");
    await eventually(async () => expect(await serverPresenceIds(t.collab, docName)).toContain(bob.doc.clientID));

    // Mallory, another note-taker, writes under Bob's id before Bob types.
    const mallory = await RawPeer.open(t.url, docName, tokenFor(members[1].id, docName));
    await mallory.roundTrip();
    mallory.doc.clientID = bob.doc.clientID;
    appendParagraph(mallory.doc, "نوشتهٔ جعلی");
    expect((await mallory.closed).code).toBe(CloseCode.malformedMessage);

    // Bob types under his own id, is not closed, and it is recorded as his.
    appendParagraph(bob.doc, "نوشتهٔ باب");
    const reader = connectStock(t.url, docName, tokenFor(members[2].id, docName));
    await reader.synced;
    await docReaches(reader.doc, holds("نوشتهٔ باب"));
    expect(holds("نوشتهٔ جعلی")(reader.doc)).toBe(false);
    expect(bob.closes).toBe(0);
    const claim = await t.db.collabAuthor.findUnique({ where: { docName_clientId: { docName, clientId: BigInt(bob.doc.clientID) } } });
    expect(claim?.userId).toBe(members[0].id);
  });

  it("another person writes under is not taken for presence, after they left too", async () => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", "note-taker"]);
    const alice = connectStock(t.url, docName, tokenFor(members[0].id, docName));
    await alice.synced;
    appendParagraph(alice.doc, "نوشتهٔ آلیس");
    const aliceId = alice.doc.clientID;
    await eventually(async () =>
      expect(await t.db.collabAuthor.findUnique({ where: { docName_clientId: { docName, clientId: BigInt(aliceId) } } })).not.toBeNull(),
    );
    alice.provider.destroy();
    await eventually(async () => expect(await serverPresenceIds(t.collab, docName)).not.toContain(aliceId));

    const mallory = await RawPeer.open(t.url, docName, tokenFor(members[1].id, docName));
    mallory.ws.send(
      awarenessMessage(
        awarenessUpdate([
          { clientID: aliceId, clock: 100, state: { mark: "forged" } },
          { clientID: 777_777, clock: 1, state: { mark: "mallory's own" } },
        ]),
      ),
    );
    await mallory.roundTrip();
    await eventually(async () => expect((await serverPresence(t.collab, docName)).get(777_777)?.mark).toBe("mallory's own"));
    expect((await serverPresence(t.collab, docName)).has(aliceId)).toBe(false);
  });
});
