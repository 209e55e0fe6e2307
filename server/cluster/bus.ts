// What the nodes of one Kateb deployment say to each other (issue #18): the
// updates each committed, who is present, and the app's events. Messages are
// best effort: a node that was cut off catches up from the database when the
// bus comes back (`onResumed`), never from the bus.

export interface ClusterBus {
  /** This process's id, stamped on what it publishes (a node ignores its own). */
  readonly nodeId: string;
  /** Sends `message` to every node that follows `channel` now; dropped while disconnected. */
  publish(channel: string, message: Uint8Array): void;
  /** Sends `message` and resolves with how many followers of `channel` (this node's own
   * included) received it; rejects while the bus is unreachable. */
  publishCounted(channel: string, message: Uint8Array): Promise<number>;
  /** Follows `channel` (again after each reconnection) until `unsubscribe`. Resolves once
   * following, or at once while disconnected (the next `onResumed` covers the gap). */
  subscribe(channel: string, handler: (message: Uint8Array) => void): Promise<void>;
  unsubscribe(channel: string): void;
  /** Called each time the bus is reachable again after it was not: what was
   * published meanwhile was lost here, and must be read from the database. */
  onResumed(handler: () => void): void;
  /** Called each time the bus becomes unreachable or reachable again. */
  onConnectionChanged(handler: (connected: boolean) => void): void;
  close(): Promise<void>;
}
