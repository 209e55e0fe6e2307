// The stock client wired to Kateb's "saved" acknowledgements the way the
// editor's session is (components/minutes-editor/collab-session.ts): `unsaved`
// is what the connection indicator shows.
import * as decoding from "lib0/decoding";
import WebSocket from "ws";
import { MessageType } from "@/lib/collab-protocol";
import { SaveTracker } from "@/lib/editor/save-tracker";
import { connectStock, type StockClient, type TokenSource } from "./stock-client";

export interface TrackedClient extends StockClient {
  /** Some local change is not known to be on the server's disk. */
  readonly unsaved: boolean;
  /** The highest "saved n" received on the current connection. */
  readonly acknowledged: number;
}

export function connectTracked(serverUrl: string, docName: string, token: TokenSource): TrackedClient {
  const client = connectStock(serverUrl, docName, token, undefined, { ack: "1" });
  const { provider, doc } = client;
  const tracker = new SaveTracker();
  let acknowledged = 0;
  provider.messageHandlers[MessageType.saved] = (_encoder, decoder) => {
    acknowledged = decoding.readVarUint(decoder);
    tracker.saved(acknowledged);
  };
  provider.on("status", ({ status }) => {
    if (status === "connected") {
      acknowledged = 0;
      tracker.connectionOpened();
    } else if (status === "disconnected") tracker.connectionClosed();
  });
  // After the provider's own listener: it has already sent the update, or not.
  doc.on("update", (_update: Uint8Array, origin: unknown) => {
    if (origin === provider) return;
    const ws = provider.ws;
    tracker.localChange(provider.wsconnected && ws !== null && ws.readyState === WebSocket.OPEN);
  });
  return Object.defineProperties(client, {
    unsaved: { get: () => tracker.unsaved },
    acknowledged: { get: () => acknowledged },
  }) as TrackedClient;
}
