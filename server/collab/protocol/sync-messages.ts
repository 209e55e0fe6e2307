// The y-websocket frames the server composes itself, and merging updates into one.
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { MessageType } from "@/lib/collab-protocol";

export function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function awarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** The messages a newly connected peer needs: the document's state vector and who is here. */
export function greetingMessages(doc: Y.Doc, awareness: awarenessProtocol.Awareness): Uint8Array[] {
  const sync = encoding.createEncoder();
  encoding.writeVarUint(sync, MessageType.sync);
  syncProtocol.writeSyncStep1(sync, doc);
  const messages: Uint8Array[] = [encoding.toUint8Array(sync)];
  const states = awareness.getStates();
  if (states.size > 0) messages.push(awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(awareness, [...states.keys()])));
  return messages;
}

/** One update holding all of `updates`. */
export function mergedUpdate(updates: readonly Uint8Array[]): Uint8Array {
  const [only] = updates;
  return updates.length === 1 && only ? only : Y.mergeUpdates([...updates]);
}
