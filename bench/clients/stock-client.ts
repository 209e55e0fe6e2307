// The stock y-websocket client (WebsocketProvider) over `ws`, as a browser tab runs it.
import * as encoding from "lib0/encoding";
import * as decoding from "lib0/decoding";
import * as syncProtocol from "y-protocols/sync";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { firstSync } from "@/tests/helpers/stock-client";
import type { BenchClient } from "./bench-client";

const MESSAGE_SYNC = 0;

/** `newToken` gives each connection its token (Kateb's open one connection each); null: none. */
export function connectStockClient(serverUrl: string, docName: string, newToken: (() => string) | null): BenchClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(serverUrl, docName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: newToken === null ? {} : { token: newToken() },
    disableBc: true,
  });
  // Before the provider reconnects, which reads params when it does.
  if (newToken !== null) provider.on("connection-close", () => (provider.params = { ...provider.params, token: newToken() }));
  const synced = firstSync(provider);
  // The provider's own sync handler, watched for the step 2s that answer a round trip.
  const answers: Array<() => void> = [];
  let stepTwos = 0;
  const handleSync = provider.messageHandlers[MESSAGE_SYNC];
  provider.messageHandlers[MESSAGE_SYNC] = (encoder, decoder, ...rest) => {
    const syncType = decoding.peekVarUint(decoder);
    handleSync?.(encoder, decoder, ...rest);
    // The first step 2 is the provider's first sync; every later one answers a round trip.
    if (syncType === syncProtocol.messageYjsSyncStep2 && ++stepTwos > 1) answers.shift()?.();
  };
  return {
    doc,
    synced,
    roundTrip: () =>
      new Promise<void>((resolve, reject) => {
        const ws = provider.ws;
        if (!ws || !provider.wsconnected) return reject(new Error("round trip: not connected"));
        answers.push(resolve);
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, MESSAGE_SYNC);
        syncProtocol.writeSyncStep1(encoder, doc);
        ws.send(encoding.toUint8Array(encoder));
      }),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}
