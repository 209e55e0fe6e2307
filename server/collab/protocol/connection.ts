// One WebSocket connection to one document: speaks the y-websocket protocol,
// and enforces what the connection's role allows.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import type { WebSocket, RawData } from "ws";
import { CloseCode, MessageType, meetingIdOfDoc, type CloseCodeValue, type MinutesLockState } from "@/lib/collab-protocol";
import { canEditMinutes, type Role } from "@/lib/roles";
import type { DocPeer, SharedDoc } from "./shared-doc";
import { AwarenessGate } from "../guards/awareness-guard";
import { InboundThrottle } from "./inbound-throttle";
import type { CollabLimits } from "@/lib/collab-limits";
import { lacksDependencies } from "./update-dependencies";
import { elementsNestTooDeep } from "../guards/element-depth";
import { structureViolation } from "../guards/minutes-structure";
import { nestsTooDeep } from "../guards/value-depth";
import { updateChangesDoc } from "./update-inspect";
import type { UpdateWriter } from "../storage/update-writer";

/** Updates with missing dependencies ignored before the client's first sync
 * step 2 (see receiveSync); one more closes the connection. */
const MAX_EARLY_GAPS = 100;

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
  get userId(): string {
    return this.identity.userId;
  }
  /** Answered the last ping; cleared when a new one is sent. */
  alive = true;
  /** Resolves when the socket has closed. */
  readonly ended: Promise<void>;
  private closed = false;
  private reading = true;
  private syncMessages = 0;
  /** The client has answered our sync step 1 with its step 2. */
  private answeredSync = false;
  private earlyGaps = 0;
  private readonly throttle: InboundThrottle;
  private readonly presence: AwarenessGate;
  private readonly maxBufferedBytes: number;

  constructor(
    private readonly ws: WebSocket,
    readonly shared: SharedDoc,
    private readonly writer: UpdateWriter,
    readonly identity: ConnectionIdentity,
    private readonly onClosed: (connection: Connection) => void,
    limits: CollabLimits,
  ) {
    this.maxBufferedBytes = limits.maxBufferedBytes;
    this.ended = new Promise((resolve) => ws.once("close", () => resolve()));
    this.throttle = new InboundThrottle(ws, limits, (message) => this.receive(message));
    this.presence = new AwarenessGate(this, shared, identity, limits);
    ws.on("message", (data) => {
      const message = toBytes(data);
      this.throttle.receive(message, message[0] !== MessageType.awareness);
    });
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
    // A client that does not read would make the server keep everything sent to it.
    if (this.ws.bufferedAmount > this.maxBufferedBytes) {
      this.close(CloseCode.notReading, "not reading what it is sent");
      return;
    }
    this.ws.send(message, this.afterSend);
  }

  private readonly afterSend = (error?: Error): void => {
    if (error) this.close(CloseCode.goingAway, "send failed");
  };

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

  /** Takes nothing more from this connection (the server is shutting down):
   * what the client sends from now on stays with it, unsaved, for the next server. */
  stopReading(): void {
    this.reading = false;
    this.throttle.stop();
    this.presence.stop();
  }

  private cleaned = false;
  private cleanup(): void {
    if (this.cleaned) return;
    this.cleaned = true;
    this.closed = true;
    this.throttle.stop();
    this.presence.stop();
    this.shared.removePeer(this);
    this.onClosed(this);
  }

  private receive(message: Uint8Array): void {
    if (this.closed || !this.reading) return;
    try {
      const decoder = decoding.createDecoder(message);
      const type = decoding.readVarUint(decoder);
      switch (type) {
        case MessageType.sync:
          this.receiveSync(decoder);
          break;
        case MessageType.awareness:
          this.presence.receive(lastVarUint8Array(decoder));
          break;
        case MessageType.queryAwareness:
          if (decoding.hasContent(decoder)) throw new Error("trailing bytes");
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
      const stateVector = lastVarUint8Array(decoder);
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
    const update = lastVarUint8Array(decoder);
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
    const decoded = Y.decodeUpdate(update); // throws on a malformed update before anything is applied
    if (nestsTooDeep(decoded)) throw new Error("values nested too deeply");
    if (lacksDependencies(doc, decoded)) {
      // Never applied: Yjs would hold it in memory, unsaved. Sent before the
      // client's first step 2, it is an edit typed while our step 1 was on its
      // way, and that step 2 carries it again; after it, a client that sends one
      // is broken or hostile. (Not acknowledged: the step 2's "saved" covers it.)
      if (syncType === syncProtocol.messageYjsUpdate && !this.answeredSync && ++this.earlyGaps <= MAX_EARLY_GAPS) return;
      throw new Error("an update with missing dependencies");
    }
    if (elementsNestTooDeep(doc, decoded)) throw new Error("elements nested too deeply");
    const violation = meetingIdOfDoc(this.shared.name) === null ? null : structureViolation(doc, decoded);
    if (violation) {
      this.close(CloseCode.structure, `the minutes' structure: ${violation}`);
      return;
    }
    // Who typed what stays known: content under another person's client id is refused.
    const claims = this.shared.claimsFor(decoded, this.identity.userId);
    if (claims === null) throw new Error("an update written under another person's client id");
    if (syncType === syncProtocol.messageYjsSyncStep2) this.answeredSync = true;
    // Throws, keeping nothing, if Yjs fails part-way.
    this.shared.applyPeerUpdate(update, this, { userId: this.identity.userId, claims });
    // What the check above missed, Yjs holds back: dropped, never kept in memory.
    if (this.shared.dropPending()) throw new Error("an update with missing dependencies");
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

  /** This node can (true) or cannot (false) reach the cluster's other nodes; Kateb's editor says so. */
  tellClusterReachable(reachable: boolean): void {
    if (!this.identity.wantsAck) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.clusterState);
    encoding.writeVarUint(encoder, reachable ? 0 : 1);
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

/** The message's last field; anything after it makes the message malformed. */
function lastVarUint8Array(decoder: decoding.Decoder): Uint8Array {
  const bytes = decoding.readVarUint8Array(decoder);
  if (decoding.hasContent(decoder)) throw new Error("trailing bytes");
  return bytes;
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
