// What the collaboration server must do with one frame from one connection:
// close it, and with which code, or keep it. Decided with the decoders and
// checks the server itself uses (lib0, Yjs, y-protocols, server/collab's
// checks), against shadow copies of what the server's answer depends on: the
// document, and which connection speaks for which presence id. The fuzz test
// (collab-fuzz.test.ts) holds the server to it frame by frame.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { CloseCode, MessageType } from "@/lib/collab-protocol";
import { MAX_AWARENESS_IDS_PER_CONNECTION, readAwarenessEntries } from "@/server/collab/guards/awareness-guard";
import { stampAwarenessState } from "@/server/collab/guards/awareness-stamp";
import { elementsNestTooDeep } from "@/server/collab/guards/element-depth";
import { lacksDependencies } from "@/server/collab/protocol/update-dependencies";
import { updateChangesDoc } from "@/server/collab/protocol/update-inspect";
import { nestsTooDeep } from "@/server/collab/guards/value-depth";

/** One connection as the server sees it. */
export interface JudgedConnection {
  viewer: boolean;
  /** Presence ids it speaks for. */
  readonly awarenessIds: Set<number>;
}

/** The close code the server must answer a frame with, or null: the connection stays. */
export type Verdict = number | null;

class Refused extends Error {
  constructor(readonly code: number) {
    super(`closed with ${code}`);
  }
}

const ANYONE = { name: "", color: "", role: "" };

export class FrameJudge {
  private readonly doc = new Y.Doc();
  private readonly awareness = new awarenessProtocol.Awareness(new Y.Doc());
  /** Who speaks for each presence id: a judged connection, or someone else (`others`). */
  private readonly speakers = new Map<number, JudgedConnection>();
  private readonly others: JudgedConnection = { viewer: false, awarenessIds: new Set() };
  /** The connection whose presence is being applied (null for removals). */
  private applyingFor: JudgedConnection | null = null;

  /** `docState` and `presence` (an awareness update of everyone present) are the server's as the frames begin. */
  constructor(
    docState: Uint8Array,
    presence: Uint8Array,
    private readonly limits: { maxMessageBytes: number; maxAwarenessEntries: number },
  ) {
    Y.applyUpdate(this.doc, docState);
    this.awareness.setLocalState(null);
    this.awareness.on("update", ({ added, removed }: { added: number[]; removed: number[] }) => {
      const speaker = this.applyingFor;
      for (const id of added) {
        speaker?.awarenessIds.add(id);
        if (speaker) this.speakers.set(id, speaker);
      }
      for (const id of removed) {
        this.speakers.get(id)?.awarenessIds.delete(id);
        this.speakers.delete(id);
      }
    });
    this.apply(presence, this.others);
  }

  /** The server's answer to `frame` from `connection`; what it would keep is kept in the shadows. */
  judge(connection: JudgedConnection, frame: Uint8Array): Verdict {
    if (frame.byteLength > this.limits.maxMessageBytes) return 1009;
    try {
      this.receive(connection, frame);
      return null;
    } catch (error) {
      return error instanceof Refused ? error.code : CloseCode.malformedMessage;
    }
  }

  /** The connection closed: the presence it spoke for is removed. */
  closed(connection: JudgedConnection): void {
    if (connection.awarenessIds.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.awarenessIds], null);
  }

  destroy(): void {
    this.awareness.destroy();
  }

  private apply(update: Uint8Array, speaker: JudgedConnection): void {
    this.applyingFor = speaker;
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, speaker);
    } finally {
      this.applyingFor = null;
    }
  }

  private receive(connection: JudgedConnection, frame: Uint8Array): void {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    if (type === MessageType.sync) this.receiveSync(connection, decoder);
    else if (type === MessageType.awareness) this.receiveAwareness(connection, lastVarUint8Array(decoder));
    else if (type === MessageType.queryAwareness) {
      if (decoding.hasContent(decoder)) throw new Error("trailing bytes");
    } else throw new Error(`unknown message type ${type}`);
  }

  private receiveSync(connection: JudgedConnection, decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      Y.decodeStateVector(lastVarUint8Array(decoder));
      return;
    }
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
      throw new Error(`unknown sync message ${syncType}`);
    }
    const update = lastVarUint8Array(decoder);
    if (connection.viewer) {
      if (updateChangesDoc(this.doc, update)) throw new Refused(CloseCode.readOnly);
      return;
    }
    // The fuzz's editors have answered the server's sync step 1: a gap is never forgiven.
    const decoded = Y.decodeUpdate(update);
    if (nestsTooDeep(decoded) || lacksDependencies(this.doc, decoded) || elementsNestTooDeep(this.doc, decoded)) {
      throw new Error("refused update");
    }
    Y.applyUpdate(this.doc, update);
    const store = this.doc.store;
    if (store.pendingStructs !== null || store.pendingDs !== null) {
      store.pendingStructs = null;
      store.pendingDs = null;
      throw new Error("an update with missing dependencies");
    }
  }

  /** What awareness-guard.ts does, the rate aside: the fuzz's connections stay far below it. */
  private receiveAwareness(connection: JudgedConnection, update: Uint8Array): void {
    const present = this.awareness.getStates().size;
    let claimed = 0;
    const entries = readAwarenessEntries(update).filter(({ clientID, state }) => {
      const speaker = this.speakers.get(clientID);
      if (speaker === connection) return true;
      if (speaker !== undefined || state === "null") return false;
      const full =
        connection.awarenessIds.size + claimed >= MAX_AWARENESS_IDS_PER_CONNECTION ||
        present + claimed >= this.limits.maxAwarenessEntries;
      if (full) return false;
      claimed += 1;
      return true;
    });
    if (entries.length === 0) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, entries.length);
    for (const { clientID, clock, state } of entries) {
      encoding.writeVarUint(encoder, clientID);
      encoding.writeVarUint(encoder, clock);
      encoding.writeVarString(encoder, stampAwarenessState(state, ANYONE));
    }
    this.apply(encoding.toUint8Array(encoder), connection);
  }
}

function lastVarUint8Array(decoder: decoding.Decoder): Uint8Array {
  const bytes = decoding.readVarUint8Array(decoder);
  if (decoding.hasContent(decoder)) throw new Error("trailing bytes");
  return bytes;
}
