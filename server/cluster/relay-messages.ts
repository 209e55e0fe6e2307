// The messages a document's channel carries between nodes: who sent it, and
// either updates committed there (with who wrote them, for the CollabAuthor
// claims) or a presence change. Decoding rejects anything malformed.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { UpdateAuthor } from "@/server/collab/protocol/shared-doc";

export type RelayMessage =
  | { kind: "committed"; from: string; update: Uint8Array; authors: readonly UpdateAuthor[] }
  | { kind: "presence"; from: string; update: Uint8Array }
  /** A lock is starting on the sender: stop accepting changes, save what was accepted, then answer "frozen". */
  | { kind: "freeze"; from: string; request: string }
  | { kind: "frozen"; from: string; request: string }
  | { kind: "thaw"; from: string; request: string };

const COMMITTED = 0;
const PRESENCE = 1;
const LOCK_STEPS = ["freeze", "frozen", "thaw"] as const;
/** The lock's steps are numbered from here. */
const FIRST_LOCK_STEP = 2;

export const docChannel = (docName: string): string => `doc:${docName}`;

export function encodeRelayMessage(message: RelayMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, message.from);
  if (message.kind === "freeze" || message.kind === "frozen" || message.kind === "thaw") {
    encoding.writeVarUint(encoder, FIRST_LOCK_STEP + LOCK_STEPS.indexOf(message.kind));
    encoding.writeVarString(encoder, message.request);
    return encoding.toUint8Array(encoder);
  }
  if (message.kind === "committed") {
    encoding.writeVarUint(encoder, COMMITTED);
    encoding.writeVarUint(encoder, message.authors.length);
    for (const { authorId, claims } of message.authors) {
      encoding.writeVarString(encoder, authorId);
      encoding.writeVarUint(encoder, claims.length);
      for (const clientId of claims) encoding.writeVarUint(encoder, clientId);
    }
  } else {
    encoding.writeVarUint(encoder, PRESENCE);
  }
  encoding.writeVarUint8Array(encoder, message.update);
  return encoding.toUint8Array(encoder);
}

/** The message, or null when it is not one (lib0 throws on a short buffer). */
export function decodeRelayMessage(bytes: Uint8Array): RelayMessage | null {
  try {
    const decoder = decoding.createDecoder(bytes);
    const from = decoding.readVarString(decoder);
    const kind = decoding.readVarUint(decoder);
    if (kind === PRESENCE) return { kind: "presence", from, update: decoding.readVarUint8Array(decoder) };
    const step = LOCK_STEPS[kind - FIRST_LOCK_STEP];
    if (step !== undefined) return { kind: step, from, request: decoding.readVarString(decoder) };
    if (kind !== COMMITTED) return null;
    const authors: UpdateAuthor[] = [];
    for (let count = decoding.readVarUint(decoder); count > 0; count -= 1) {
      const authorId = decoding.readVarString(decoder);
      const claims: number[] = [];
      for (let claimed = decoding.readVarUint(decoder); claimed > 0; claimed -= 1) claims.push(decoding.readVarUint(decoder));
      authors.push({ authorId, claims });
    }
    return { kind: "committed", from, update: decoding.readVarUint8Array(decoder), authors };
  } catch {
    return null;
  }
}
