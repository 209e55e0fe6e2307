// The stock y-websocket client (WebsocketProvider) over `ws`, as a browser tab runs it.
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { BenchClient } from "./bench-client";

export function connectStockClient(serverUrl: string, docName: string, token: string | null): BenchClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(serverUrl, docName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: token === null ? {} : { token },
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => {
    const onSync = (state: boolean): void => {
      if (!state) return;
      provider.off("sync", onSync);
      resolve();
    };
    provider.on("sync", onSync);
  });
  return {
    doc,
    synced,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}
