// A minimal y-websocket client over a bare socket, for tests that must know
// exactly what was sent and received: it answers the server's sync step 1,
// applies what it is sent, sends its own changes, counts "saved" messages, and
// can make a round trip to learn that the server has processed everything sent
// before it.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import type WebSocket from "ws";
import * as Y from "yjs";
import { MessageType } from "@/lib/collab-protocol";
import { closedWith, opened, rawSocket, syncStep2Message, syncUpdateMessage } from "./raw-client";

export class RawPeer {
  readonly doc = new Y.Doc();
  /** The highest "saved n" received (with `ack`). */
  saved = 0;
  /** The payloads of the update messages received (not sync step 2s), in order. */
  readonly updatesReceived: Uint8Array[] = [];
  /** Awareness messages received. */
  awarenessMessages = 0;
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly syncAnswers: Array<() => void> = [];
  private readonly awarenessAnswers: Array<() => void> = [];

  private constructor(readonly ws: WebSocket) {
    this.closed = closedWith(ws);
    ws.on("message", (data: Buffer) => this.receive(new Uint8Array(data)));
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== this && ws.readyState === ws.OPEN) ws.send(syncUpdateMessage(update));
    });
  }

  /** Opens a connection; with `ack`, the server sends "saved" messages. */
  static async open(serverUrl: string, docName: string, token: string, options: { ack?: boolean } = {}): Promise<RawPeer> {
    const ws = rawSocket(serverUrl, docName, token, options.ack ? { ack: "1" } : {});
    const peer = new RawPeer(ws);
    await opened(ws);
    return peer;
  }

  /** Resolves once the server has processed everything sent before (it answers
   * in order). By default it asks for a sync step 2, which the server sends only
   * once all it has accepted is committed; `awareness` asks for presence instead,
   * answered at once — only reliable where nobody else publishes presence. */
  roundTrip(by: "sync" | "awareness" = "sync"): Promise<void> {
    return new Promise((resolve, reject) => {
      void this.closed.then((close) => reject(new Error(`closed with ${close.code} before the round trip`)));
      if (by === "awareness") {
        this.awarenessAnswers.push(resolve);
        this.ws.send(Uint8Array.of(MessageType.queryAwareness));
      } else {
        this.syncAnswers.push(resolve);
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, MessageType.sync);
        syncProtocol.writeSyncStep1(encoder, this.doc);
        this.ws.send(encoding.toUint8Array(encoder));
      }
    });
  }

  private receive(message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === MessageType.sync) {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === syncProtocol.messageYjsSyncStep1) {
        this.ws.send(syncStep2Message(Y.encodeStateAsUpdate(this.doc, payload)));
        return;
      }
      if (syncType === syncProtocol.messageYjsUpdate) this.updatesReceived.push(payload);
      Y.applyUpdate(this.doc, payload, this);
      if (syncType === syncProtocol.messageYjsSyncStep2) this.syncAnswers.shift()?.();
    } else if (type === MessageType.saved) {
      this.saved = Math.max(this.saved, decoding.readVarUint(decoder));
    } else if (type === MessageType.awareness) {
      this.awarenessMessages += 1;
      this.awarenessAnswers.shift()?.();
    }
  }
}

/** A y-websocket awareness message carrying `update`. */
export function awarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** An awareness update (the payload of an awareness message) from raw entries. */
export function awarenessUpdate(entries: Array<{ clientID: number; clock: number; state: unknown }>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientID, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientID);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}
