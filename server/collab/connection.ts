// One WebSocket connection to one document: speaks the y-websocket protocol,
// and enforces what the connection's role allows.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import type { WebSocket, RawData } from "ws";
import { CloseCode, MessageType, type CloseCodeValue, type MinutesLockState } from "../../lib/collab-protocol";
import { canEditMinutes, type Role } from "../../lib/roles";
import type { DocPeer, SharedDoc } from "./shared-doc";
import { stampAwarenessUpdate } from "./awareness-stamp";
import { updateChangesDoc } from "./update-inspect";
import type { UpdateWriter } from "./update-writer";

export interface ConnectionIdentity {
  userId: string;
  name: string;
  color: string;
  role: Role;
  canEdit: boolean;
  /** The client asked for "saved" acknowledgements (Kateb's editor does). */
  wantsAck: boolean;
  /** The minutes are locked: nobody writes, whatever the role. */
  locked: boolean;
}

export class Connection implements DocPeer {
  readonly awarenessIds = new Set<number>();
  /** Answered the last ping; cleared when a new one is sent. */
  alive = true;
  private closed = false;
  private syncMessages = 0;

  constructor(
    private readonly ws: WebSocket,
    readonly shared: SharedDoc,
    private readonly writer: UpdateWriter,
    readonly identity: ConnectionIdentity,
    private readonly onClosed: (connection: Connection) => void,
  ) {
    ws.on("message", (data) => this.receive(data));
    ws.on("pong", () => {
      this.alive = true;
    });
    ws.on("close", () => this.cleanup());
    ws.on("error", () => this.close(CloseCode.malformedMessage, "socket error"));
    shared.peers.add(this);
    for (const message of shared.greeting()) this.send(message);
  }

  send(message: Uint8Array): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    this.ws.send(message, (error) => {
      if (error) this.close(CloseCode.goingAway, "send failed");
    });
  }

  close(code: CloseCodeValue, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.ws.close(code, reason);
    this.cleanup();
  }

  /** A connection that stopped answering pings is dropped without a handshake. */
  terminate(): void {
    this.closed = true;
    this.ws.terminate();
    this.cleanup();
  }

  ping(): void {
    this.alive = false;
    this.ws.ping();
  }

  private cleaned = false;
  private cleanup(): void {
    if (this.cleaned) return;
    this.cleaned = true;
    this.closed = true;
    this.shared.removePeer(this);
    this.onClosed(this);
  }

  private receive(data: RawData): void {
    if (this.closed) return;
    try {
      const decoder = decoding.createDecoder(toBytes(data));
      const type = decoding.readVarUint(decoder);
      switch (type) {
        case MessageType.sync:
          this.receiveSync(decoder);
          break;
        case MessageType.awareness:
          awarenessProtocol.applyAwarenessUpdate(
            this.shared.awareness,
            stampAwarenessUpdate(decoding.readVarUint8Array(decoder), this.identity),
            this,
          );
          break;
        case MessageType.queryAwareness:
          this.sendAwareness();
          break;
        default:
          throw new Error(`unknown message type ${type}`);
      }
    } catch {
      this.close(CloseCode.malformedMessage, "malformed message");
    }
  }

  private receiveSync(decoder: decoding.Decoder): void {
    const doc = this.shared.doc;
    const syncType = decoding.readVarUint(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      Y.decodeStateVector(stateVector);
      // Answer only with what is committed: the document as it is now, sent once
      // all of it is committed. (Encoded later, it could hold updates applied
      // while the commit was on its way, which are not on disk yet.)
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MessageType.sync);
      syncProtocol.writeSyncStep2(encoder, doc, stateVector);
      const reply = encoding.toUint8Array(encoder);
      void this.writer.barrier().then(() => this.send(reply));
      return;
    }
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
      throw new Error(`unknown sync message ${syncType}`);
    }
    const update = decoding.readVarUint8Array(decoder);
    const sequence = ++this.syncMessages;
    const locked = this.shared.frozen || this.identity.locked;
    if (!this.identity.canEdit || locked) {
      // The stock client always answers our sync step 1; an answer that changes
      // nothing is not a violation. Anything else is refused, never applied —
      // for an editor typing as the lock was taken, with a code that says so.
      if (!updateChangesDoc(doc, update)) return;
      if (locked && canEditMinutes(this.identity.role)) this.close(CloseCode.locked, "the minutes are locked");
      else this.close(CloseCode.readOnly, "read-only");
      return;
    }
    Y.decodeUpdate(update); // throws on a malformed update before anything is applied
    this.shared.applyPeerUpdate(update, this); // throws, keeping nothing, if Yjs fails part-way
    if (this.identity.wantsAck) {
      void this.writer.barrier().then(() => this.sendSaved(sequence));
    }
  }

  /** Applies a role change at once; Kateb's editor is told so it can turn read-only. */
  changeRole(role: Role): void {
    if (this.identity.role === role) return;
    this.identity.role = role;
    this.identity.canEdit = canEditMinutes(role) && !this.identity.locked;
    if (!this.identity.wantsAck) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.role);
    encoding.writeVarString(encoder, role);
    this.send(encoding.toUint8Array(encoder));
  }

  /** The minutes were locked or reopened: writing stops or resumes at once. */
  changeLock(state: MinutesLockState): void {
    this.identity.locked = state.locked;
    this.identity.canEdit = canEditMinutes(this.identity.role) && !state.locked;
    if (!this.identity.wantsAck) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.lockState);
    encoding.writeVarString(encoder, JSON.stringify(state));
    this.send(encoding.toUint8Array(encoder));
  }

  private sendSaved(sequence: number): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.saved);
    encoding.writeVarUint(encoder, sequence);
    this.send(encoding.toUint8Array(encoder));
  }

  private sendAwareness(): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.awareness);
    const ids = [...this.shared.awareness.getStates().keys()];
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.shared.awareness, ids));
    this.send(encoding.toUint8Array(encoder));
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
