// A bare WebSocket to the collaboration server, for what no stock client would
// send: refused upgrades, garbage, crafted protocol messages.
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import WebSocket from "ws";
import { MessageType } from "@/lib/collab-protocol";

const open = new Set<WebSocket>();

/** `serverUrl` is the provider's serverUrl (ws://host:port/collab); `options`
 * go to the ws client (e.g. `localAddress`, `maxPayload`). */
export function rawSocket(
  serverUrl: string,
  docName: string,
  token: string | null,
  params: Record<string, string> = {},
  options: WebSocket.ClientOptions = {},
): WebSocket {
  const query = new URLSearchParams(token === null ? params : { ...params, token }).toString();
  const ws = new WebSocket(`${serverUrl}/${docName}${query ? `?${query}` : ""}`, options);
  ws.on("error", () => undefined);
  open.add(ws);
  ws.on("close", () => open.delete(ws));
  return ws;
}

/** The HTTP status the server refused the upgrade with; rejects if it was accepted. */
export function refusalStatus(ws: WebSocket): Promise<number> {
  return new Promise((resolve, reject) => {
    ws.once("unexpected-response", (request, response) => {
      resolve(response.statusCode ?? 0);
      response.resume();
      request.destroy();
      open.delete(ws);
    });
    ws.once("open", () => reject(new Error("the upgrade was accepted")));
  });
}

/** 101 when the upgrade was accepted, else the HTTP status it was refused with. */
export function upgradeAnswer(ws: WebSocket): Promise<number> {
  return new Promise((resolve) => {
    ws.once("open", () => resolve(101));
    ws.once("unexpected-response", (request, response) => {
      resolve(response.statusCode ?? 0);
      response.resume();
      request.destroy();
    });
  });
}

export function opened(ws: WebSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("unexpected-response", (_request, response) =>
      reject(new Error(`the upgrade was refused with ${response.statusCode ?? "?"}`)),
    );
  });
}

/** The close code and reason the server closed `ws` with. */
export function closedWith(ws: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    ws.once("close", (code, reason) => resolve({ code, reason: reason.toString() }));
  });
}

export function closeAllRawSockets(): void {
  for (const ws of open) ws.terminate();
  open.clear();
}

/** A y-websocket sync step 2 message carrying `update`: the client's answer to
 * the server's step 1. The default is the answer of a client with nothing to add. */
export function syncStep2Message(update: Uint8Array = Uint8Array.of(0, 0)): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A y-websocket sync "update" message carrying `update` as its payload (the server's own). */
export { syncUpdateMessage } from "@/server/collab/protocol/sync-messages";

/** A message of varuints and length-less byte runs, exactly as given: for
 * frames a stock client would never send. */
export function message(...parts: Array<number | Uint8Array>): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const part of parts) {
    if (typeof part === "number") encoding.writeVarUint(encoder, part);
    else encoding.writeUint8Array(encoder, part);
  }
  return encoding.toUint8Array(encoder);
}
