// An upgrade that passes authentication but fails the WebSocket handshake
// itself must not keep its document loaded forever.
import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { collabOnPort0 } from "../fixtures/collab-on-port-0";
import { tokenFor } from "../helpers/collab-server";
import { eventually } from "../helpers/eventually";
import { createMeeting, createUser } from "../helpers/factories";

const t = collabOnPort0({ idleUnloadMs: 20 }, { keepClients: true });

/** Sends an upgrade request with the given headers; resolves with the HTTP status of the answer. */
function upgradeStatus(path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: t.port, path, headers: { Connection: "Upgrade", Upgrade: "websocket", ...headers } });
    req.on("response", (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    req.on("upgrade", () => reject(new Error("the upgrade was accepted")));
    req.on("error", reject);
    req.end();
  });
}

describe("an authenticated upgrade whose handshake is invalid", () => {
  it("is refused, and its document is unloaded like any other", async () => {
    const user = await createUser(t.db);
    const meeting = await createMeeting(t.db, [{ userId: user.id, role: "note-taker" }]);
    const path = `/collab/${meeting.docName}?token=${tokenFor(user.id, meeting.docName)}`;
    // No Sec-WebSocket-Key: the ws library refuses the handshake after we admitted it.
    const status = await upgradeStatus(path, { "Sec-WebSocket-Version": "13" });
    expect(status).toBe(400);
    expect(t.collab.connectionCount).toBe(0);
    await eventually(() => {
      expect(t.collab.registry.size).toBe(0);
      expect(t.collab.registry.timerCount).toBe(0);
    });
  });
});
