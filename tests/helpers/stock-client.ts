// The stock y-websocket client, as a browser tab would run it, over the `ws`
// package. Every client opened here is destroyed by `destroyAll()`.
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";

export interface FinalClose {
  code: number;
  reason: string;
}

export interface StockClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves when the client has completed its first sync with the server. */
  synced: Promise<void>;
  /** Resolves when the server closed the connection for good (close codes 4400–4499). */
  closed: Promise<FinalClose>;
  /** The final close, once it has happened. */
  finalClose: FinalClose | null;
  /** How many times a connection of this client has closed, for whatever reason. */
  closes: number;
  /** The close code of each of those closes (1006 when the socket just dropped). */
  closeCodes: number[];
  destroy: () => void;
}

/** A token, or where to get a new one for each connection: a token opens one
 * connection, so a client that reconnects (after `disconnect()`, a dropped
 * socket, a server's 1001 or 4500) needs the function (`tokensFor`). */
export type TokenSource = string | (() => string);

const open = new Set<StockClient>();

/** Resolves when `provider` has completed its first sync with the server. */
export function firstSync(provider: WebsocketProvider): Promise<void> {
  return new Promise<void>((resolve) => {
    const onSync = (state: boolean): void => {
      if (!state) return;
      provider.off("sync", onSync);
      resolve();
    };
    provider.on("sync", onSync);
  });
}

export function connectStock(
  serverUrl: string,
  docName: string,
  token: TokenSource,
  doc = new Y.Doc(),
  params: Record<string, string> = {},
): StockClient {
  const nextToken = (): string => (typeof token === "string" ? token : token());
  const provider = new WebsocketProvider(serverUrl, docName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { ...params, token: nextToken() },
    disableBc: true,
  });
  const synced = firstSync(provider);
  const client: StockClient = {
    doc,
    provider,
    synced,
    closed: new Promise<FinalClose>((resolve) => {
      provider.on("closed", (event) => {
        client.finalClose = { code: event.code, reason: event.reason };
        resolve(client.finalClose);
      });
    }),
    finalClose: null,
    closes: 0,
    closeCodes: [],
    destroy: () => {
      open.delete(client);
      provider.destroy();
      doc.destroy();
    },
  };
  provider.on("connection-close", (event) => {
    client.closes += 1;
    client.closeCodes.push(event?.code ?? 1006);
    // Told before the provider schedules its next connection, which reads params then.
    provider.params = { ...provider.params, token: nextToken() };
  });
  open.add(client);
  return client;
}

/** Resolves when `client` is synced with the server: now, or after its next
 * sync. Rejects if the server closes it for good first. */
export function syncedAgain(client: StockClient): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onSync = (state: boolean): void => {
      if (!state) return;
      client.provider.off("sync", onSync);
      resolve();
    };
    client.provider.on("sync", onSync);
    void client.closed.then((close) => reject(new Error(`closed by the server with ${close.code} ${close.reason}`)));
  });
}

export function destroyAllStockClients(): void {
  for (const client of [...open]) client.destroy();
}

/** Resolves once `doc` satisfies `condition`, checked now and after each of its updates. */
export function docReaches(doc: Y.Doc, condition: (doc: Y.Doc) => boolean, timeoutMs = 10_000): Promise<void> {
  return firstToReach([doc], condition, timeoutMs).then(() => undefined);
}

/** Resolves with the first of `docs` to satisfy `condition`, checked now and
 * after each of their updates, synchronously in the update that satisfies it. */
export function firstToReach(docs: Y.Doc[], condition: (doc: Y.Doc) => boolean, timeoutMs = 10_000): Promise<Y.Doc> {
  return new Promise((resolve, reject) => {
    const listeners = docs.map((doc) => {
      const check = (): void => {
        if (!condition(doc)) return;
        stop();
        resolve(doc);
      };
      return { doc, check };
    });
    const stop = (): void => {
      clearTimeout(timer);
      for (const { doc, check } of listeners) doc.off("update", check);
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no document reached the expected state within ${timeoutMs} ms`));
    }, timeoutMs);
    for (const { doc, check } of listeners) doc.on("update", check);
    for (const { doc } of listeners) {
      if (condition(doc)) {
        stop();
        resolve(doc);
        return;
      }
    }
  });
}
