// Yjs types nested deeper than the limit are refused like any malformed
// update: the sender is closed with 4400, nothing of it is kept or passed on,
// and the others are served on.
import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { CloseCode } from "@/lib/collab-protocol";
import { MAX_ELEMENT_DEPTH } from "@/server/collab/guards/element-depth";
import { collabOnPort0 } from "../fixtures/collab-on-port-0";
import { storedDoc } from "../helpers/collab-inspect";
import { tokenFor } from "../helpers/collab-server";
import { createMeetingWithMembers } from "../helpers/factories";
import { RawPeer } from "../helpers/raw-peer";

const t = collabOnPort0();

/** Nests `levels` elements in fragment "nest" of `doc`, in one transaction. */
function nest(doc: Y.Doc, levels: number): void {
  doc.transact(() => {
    let inner: Y.XmlFragment | Y.XmlElement = doc.getXmlFragment("nest");
    for (let level = 0; level < levels; level += 1) {
      const child = new Y.XmlElement("div");
      inner.insert(0, [child]);
      inner = child;
    }
  });
}

describe("elements nested too deeply", () => {
  it("close their sender with 4400, and nothing of them is kept or passed on", async () => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", "note-taker"]);
    const [sender, other] = await Promise.all(
      members.map((member) => RawPeer.open(t.url, docName, tokenFor(member.id, docName), { ack: true })),
    );
    if (!sender || !other) throw new Error("two peers expected");
    await Promise.all([sender.roundTrip(), other.roundTrip()]);

    // As deep as allowed: kept and passed on.
    nest(sender.doc, MAX_ELEMENT_DEPTH - 1);
    await sender.roundTrip();
    await other.roundTrip();
    const allowed = sender.doc.getXmlFragment("nest").toString();
    expect(other.doc.getXmlFragment("nest").toString()).toBe(allowed);

    // One level more, inside the innermost element.
    let innermost: Y.XmlFragment | Y.XmlElement = sender.doc.getXmlFragment("nest");
    for (let first = innermost.get(0); first instanceof Y.XmlElement; first = innermost.get(0)) innermost = first;
    innermost.insert(0, [new Y.XmlElement("too-deep")]);
    expect((await sender.closed).code).toBe(CloseCode.malformedMessage);

    await other.roundTrip();
    expect(other.doc.getXmlFragment("nest").toString()).toBe(allowed);
    expect((await storedDoc(t.db, docName)).getXmlFragment("nest").toString()).toBe(allowed);
    other.doc.getText("after").insert(0, "still served");
    await other.roundTrip();
    expect((await storedDoc(t.db, docName)).getText("after").toString()).toBe("still served");
  });
});
