// A minimal Hocuspocus client over `ws` (@hocuspocus/provider is not installed,
// and the stock y-websocket client cannot speak to Hocuspocus).
//
// Hocuspocus frames every message, both ways, as
//   varString document name · varUint message type · payload
// where the payload of Sync (0) and Awareness (1) is exactly y-protocols' bytes,
// and Auth (2) is varUint 0 (token) · varString token. The server queues
// everything but Auth until the document is authenticated, so Auth goes first.
// It answers our sync step 1 with step 2 and a SyncReply (4) holding its own
// step 1, acknowledges updates with SyncStatus (8), and closes with Close (7).
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import WebSocket from "ws";
import * as Y from "yjs";
import type { BenchClient } from "./bench-client";

const MessageType = { sync: 0, awareness: 1, auth: 2, syncReply: 4 } as const;
const AuthMessageType = { token: 0, permissionDenied: 1 } as const;

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

export class HocuspocusClient implements BenchClient {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly synced: Promise<void>;
  private readonly ws: WebSocket;
  private markSynced: () => void = () => undefined;
  private stepTwos = 0;
  private readonly roundTrips: Array<() => void> = [];

  constructor(
    url: string,
    private readonly docName: string,
    token: string,
  ) {
    this.synced = new Promise((resolve) => {
      this.markSynced = resolve;
    });
    this.ws = new WebSocket(url);
    this.ws.on("open", () => {
      this.send(MessageType.auth, (encoder) => {
        encoding.writeVarUint(encoder, AuthMessageType.token);
        encoding.writeVarString(encoder, token);
      });
      this.send(MessageType.sync, (encoder) => syncProtocol.writeSyncStep1(encoder, this.doc));
      this.sendAwareness([this.doc.clientID]);
    });
    this.ws.on("message", (data: Buffer) => this.receive(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
    this.ws.on("error", () => this.ws.terminate());
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== this) this.send(MessageType.sync, (encoder) => syncProtocol.writeUpdate(encoder, update));
    });
    // Like WebsocketProvider: our own awareness changes (and their renewals) go out.
    this.awareness.on("update", ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      if (origin === "local") this.sendAwareness(added.concat(updated, removed));
    });
  }

  roundTrip(): Promise<void> {
    if (this.ws.readyState !== WebSocket.OPEN) return Promise.reject(new Error("round trip: not connected"));
    return new Promise((resolve) => {
      this.roundTrips.push(resolve);
      this.send(MessageType.sync, (encoder) => syncProtocol.writeSyncStep1(encoder, this.doc));
    });
  }

  destroy(): void {
    this.awareness.destroy();
    this.ws.terminate();
    this.doc.destroy();
  }

  private receive(data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    const address = decoding.readVarString(decoder);
    if (address !== this.docName) return;
    const type = decoding.readVarUint(decoder);
    if (type === MessageType.sync || type === MessageType.syncReply) {
      const reply = encoding.createEncoder();
      encoding.writeVarString(reply, this.docName);
      encoding.writeVarUint(reply, MessageType.sync);
      const headerLength = encoding.length(reply);
      const syncType = syncProtocol.readSyncMessage(decoder, reply, this.doc, this);
      if (encoding.length(reply) > headerLength) this.sendRaw(encoding.toUint8Array(reply));
      if (syncType === syncProtocol.messageYjsSyncStep2) {
        // The first step 2 is the first sync; every later one answers a round trip.
        if (++this.stepTwos === 1) this.markSynced();
        else this.roundTrips.shift()?.();
      }
    } else if (type === MessageType.awareness) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), this);
    } else if (type === MessageType.auth && decoding.readVarUint(decoder) === AuthMessageType.permissionDenied) {
      this.ws.close();
    }
  }

  private sendAwareness(clients: number[]): void {
    this.send(MessageType.awareness, (encoder) =>
      encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients)),
    );
  }

  private send(type: number, write: (encoder: encoding.Encoder) => void): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, this.docName);
    encoding.writeVarUint(encoder, type);
    write(encoder);
    this.sendRaw(encoding.toUint8Array(encoder));
  }

  private sendRaw(message: Uint8Array): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(message);
  }
}
