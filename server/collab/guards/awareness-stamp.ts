// Presence is told by the server, not by the client: every awareness state a
// connection sends carries the connection's own name, colour and role,
// whatever the client wrote there; and a cursor only where editors can place it.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { MAX_VALUE_DEPTH, nestingDepth } from "./value-depth";

export interface StampedIdentity {
  name: string;
  color: string;
  role: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isAbsent = (value: unknown): boolean => value === undefined || value === null;

/** The awareness update with each state's `user` set from `identity`. Throws on a malformed update. */
export function stampAwarenessUpdate(update: Uint8Array, identity: StampedIdentity): Uint8Array {
  const decoder = decoding.createDecoder(update);
  const encoder = encoding.createEncoder();
  const count = decoding.readVarUint(decoder);
  encoding.writeVarUint(encoder, count);
  for (let i = 0; i < count; i++) {
    encoding.writeVarUint(encoder, decoding.readVarUint(decoder));
    encoding.writeVarUint(encoder, decoding.readVarUint(decoder));
    encoding.writeVarString(encoder, stampAwarenessState(decoding.readVarString(decoder), identity));
  }
  return encoding.toUint8Array(encoder);
}

/** One awareness state (JSON) with its `user` set from `identity`, and its
 * `cursor` set to null unless `cursorFits` it. Throws on invalid JSON, and on a
 * state nested deeper than any client should decode. */
export function stampAwarenessState(json: string, identity: StampedIdentity, cursorFits: (cursor: unknown) => boolean = () => true): string {
  const state: unknown = JSON.parse(json);
  if (nestingDepth(state) > MAX_VALUE_DEPTH) throw new Error("presence nested too deeply");
  if (isRecord(state)) {
    const user = isRecord(state.user) ? state.user : {};
    state.user = { ...user, name: identity.name, color: identity.color, role: identity.role };
    if (!isAbsent(state.cursor) && !cursorFits(state.cursor)) state.cursor = null;
  }
  return JSON.stringify(state);
}
