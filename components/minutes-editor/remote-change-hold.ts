// Holds the others' changes back while this person composes a word (an input
// method, a phone keyboard): the browser ties a composition to the text node
// it started in, and when a remote change rewrites that node (someone typing
// at the same spot) the browser commits the half-composed word and starts
// again, so "A", "Al" stayed in the minutes before "Ali". While held, the
// document and presence messages from the server wait in order; this
// person's own edits still go out at once. When the word is committed, the
// waiting messages are applied as they came.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { WebsocketProvider } from "y-websocket";
import { messageYjsSyncStep1 } from "y-protocols/sync";

/** y-websocket's message types for document sync and presence. */
const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;

/** A composition that shows no sign of life for this long no longer holds anything back. */
export const STALE_COMPOSITION_MS = 5_000;

type Handler = WebsocketProvider["messageHandlers"][number];

interface Held {
  handler: Handler;
  decoder: decoding.Decoder;
  messageType: number;
  emitSynced: boolean;
}

export class RemoteChangeHold {
  private holding = false;
  private readonly waiting: Held[] = [];
  private staleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly provider: WebsocketProvider,
    private readonly staleMs = STALE_COMPOSITION_MS,
  ) {
    for (const messageType of [MESSAGE_SYNC, MESSAGE_AWARENESS]) {
      const handler = provider.messageHandlers[messageType];
      if (!handler) throw new Error(`y-websocket has no handler for message type ${messageType}`);
      provider.messageHandlers[messageType] = (encoder, decoder, _provider, emitSynced, type) => {
        // The server's step 1 asks for an answer now; it changes nothing here.
        const asksForAnswer = messageType === MESSAGE_SYNC && decoding.peekVarUint(decoder) === messageYjsSyncStep1;
        if (!this.holding || asksForAnswer) return handler(encoder, decoder, provider, emitSynced, type);
        this.waiting.push({ handler, decoder: decoding.clone(decoder), messageType: type, emitSynced });
      };
    }
  }

  get held(): number {
    return this.waiting.length;
  }

  /** Holds remote changes back from now on (or keeps holding: each call restarts the stale timer). */
  hold(): void {
    this.holding = true;
    clearTimeout(this.staleTimer);
    this.staleTimer = setTimeout(() => this.release(), this.staleMs);
  }

  /** Applies what waited, in the order it came, and stops holding. */
  release(): void {
    clearTimeout(this.staleTimer);
    this.holding = false;
    for (let next = this.waiting.shift(); next; next = this.waiting.shift()) {
      // Updates and step 2 answer nothing, so what the handler writes is dropped.
      next.handler(encoding.createEncoder(), next.decoder, this.provider, next.emitSynced, next.messageType);
    }
  }

  destroy(): void {
    clearTimeout(this.staleTimer);
    this.waiting.length = 0;
    this.holding = false;
  }
}
