import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { collabOnPort0 } from "../fixtures/collab-on-port-0";
import { createMeeting, createUser } from "../helpers/factories";
import { tokenFor } from "../helpers/collab-server";
import { eventually } from "../helpers/eventually";

const t = collabOnPort0({}, { keepClients: true });

function connect(docName: string, token: string): { doc: Y.Doc; provider: WebsocketProvider } {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(t.url, docName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
  });
  return { doc, provider };
}

describe("two stock clients", () => {
  it("converge on the same text", async () => {
    const a = await createUser(t.db);
    const b = await createUser(t.db);
    const meeting = await createMeeting(t.db, [
      { userId: a.id, role: "note-taker" },
      { userId: b.id, role: "note-taker" },
    ]);
    const one = connect(meeting.docName, tokenFor(a.id, meeting.docName));
    const two = connect(meeting.docName, tokenFor(b.id, meeting.docName));
    await eventually(() => expect(one.provider.synced && two.provider.synced).toBe(true));
    one.doc.getText("t").insert(0, "سلام Hello");
    two.doc.getText("t").insert(0, "دنیا ");
    await eventually(() => {
      expect(one.doc.getText("t").toString()).toBe(two.doc.getText("t").toString());
      expect(one.doc.getText("t").length).toBe("سلام Hello".length + "دنیا ".length);
    });
    expect(one.doc.getXmlFragment("default").length).toBeGreaterThan(0);
    one.provider.destroy();
    two.provider.destroy();
  });
});
