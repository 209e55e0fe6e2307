// A client that never reads its socket cannot make the server keep what it is
// sent without bound: once more than the limit waits for it, it is closed with
// 4508, and the others are served on. (Its kernel buffers fill first; the
// edits are large so that the test gets there quickly.)
import { describe, expect, it } from "vitest";
import { CloseCode } from "@/lib/collab-protocol";
import { collabOnPort0 } from "../fixtures/collab-on-port-0";
import { tokenFor } from "../helpers/collab-server";
import { createMeetingWithMembers } from "../helpers/factories";
import { closedWith, opened, rawSocket } from "../helpers/raw-client";
import { RawPeer } from "../helpers/raw-peer";

const MAX_BUFFERED_BYTES = 256 * 1024;
const EDIT_BYTES = 256 * 1024;
/** Far more than loopback's socket buffers hold. */
const MAX_EDITS = 400;

const t = collabOnPort0({ limits: { maxBufferedBytes: MAX_BUFFERED_BYTES } });

describe("a client that does not read", () => {
  it("is closed with 4508 once more than the limit waits for it, and the others are served on", async () => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["viewer", "viewer"]);
    const reader = await RawPeer.open(t.url, docName, tokenFor(members[0].id, docName));
    await reader.roundTrip();
    const stalled = rawSocket(t.url, docName, tokenFor(members[1].id, docName));
    await opened(stalled);
    stalled.pause();
    const close = closedWith(stalled);
    expect(t.collab.connectionCount).toBe(2);

    let edits = 0;
    while (t.collab.connectionCount === 2 && edits < MAX_EDITS) {
      await t.collab.editDocument(docName, (doc) => doc.getText("t").insert(0, "x".repeat(EDIT_BYTES)));
      edits += 1;
      // Answered once the edit is committed and passed on to everyone.
      await reader.roundTrip();
    }
    expect(t.collab.connectionCount).toBe(1);
    expect(edits).toBeLessThan(MAX_EDITS);
    expect(reader.doc.getText("t").length).toBe(edits * EDIT_BYTES);

    // Once it reads again it finds what had been sent, then the close.
    stalled.resume();
    expect(await close).toEqual({ code: CloseCode.notReading, reason: "not reading what it is sent" });
  });
});
