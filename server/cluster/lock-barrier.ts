// The lock's barrier across nodes: the node that locks freezes its own copy,
// then asks every other node that follows the document (Redis says how many
// received the request) to freeze theirs — no change accepted from then on,
// refused with 4409 as on one node — and to answer once what they accepted
// before is committed. Only when every one has answered is the version
// captured, so an edit any client saw acknowledged is in it or was refused.
// Not every node answering in time refuses the lock, and thaws them.
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/app-error";
import type { SharedDoc } from "@/server/collab/protocol/shared-doc";
import type { ClusterBus } from "./bus";
import { docChannel, encodeRelayMessage, type RelayMessage } from "./relay-messages";

/** How long the locking node waits for the others to answer. */
const ANSWER_WITHIN_MS = 5_000;

interface Waiting {
  answers: number;
  expected: number;
  done: () => void;
}

export class LockBarrier {
  private readonly waiting = new Map<string, Waiting>();
  /** Per document, the requests it is frozen for here (a thaw undoes only its own). */
  private readonly frozenFor = new Map<string, Set<string>>();

  constructor(private readonly bus: ClusterBus) {}

  async freezeOthers(docName: string): Promise<() => void> {
    const channel = docChannel(docName);
    const request = randomUUID();
    const send = (kind: "freeze" | "thaw"): Uint8Array => encodeRelayMessage({ kind, from: this.bus.nodeId, request });
    const thaw = (): void => this.bus.publish(channel, send("thaw"));
    let settle: (everyone: boolean) => void = () => undefined;
    const answered = new Promise<boolean>((resolve) => (settle = resolve));
    const timer = setTimeout(() => settle(false), ANSWER_WITHIN_MS);
    const waiting: Waiting = { answers: 0, expected: Number.POSITIVE_INFINITY, done: () => settle(true) };
    this.waiting.set(request, waiting);
    try {
      // This node follows the channel too, and does not answer itself.
      waiting.expected = (await this.bus.publishCounted(channel, send("freeze"))) - 1;
      if (waiting.answers >= waiting.expected) settle(true);
    } catch {
      settle(false);
    }
    const everyone = await answered;
    clearTimeout(timer);
    this.waiting.delete(request);
    if (!everyone) {
      thaw();
      throw new AppError("unavailable", "error.minutes.lockNodesUnreachable");
    }
    return thaw;
  }

  /** Another node's step of a lock, heard on a document this node holds. */
  heard(shared: SharedDoc, saved: () => Promise<void>, message: RelayMessage): void {
    if (message.kind === "frozen") return this.answer(message.request);
    if (message.kind === "freeze") return void this.freeze(shared, saved, message.request);
    if (message.kind !== "thaw") return;
    const requests = this.frozenFor.get(shared.name);
    if (!requests?.delete(message.request)) return;
    if (requests.size > 0) return;
    this.frozenFor.delete(shared.name);
    shared.frozen = false;
  }

  /** The document is no longer held here. */
  forget(docName: string): void {
    this.frozenFor.delete(docName);
  }

  private async freeze(shared: SharedDoc, saved: () => Promise<void>, request: string): Promise<void> {
    shared.frozen = true;
    const requests = this.frozenFor.get(shared.name) ?? new Set<string>();
    requests.add(request);
    this.frozenFor.set(shared.name, requests);
    await saved();
    this.bus.publish(docChannel(shared.name), encodeRelayMessage({ kind: "frozen", from: this.bus.nodeId, request }));
  }

  private answer(request: string): void {
    const waiting = this.waiting.get(request);
    if (!waiting) return;
    waiting.answers += 1;
    if (waiting.answers >= waiting.expected) waiting.done();
  }
}
