// Whether this editor's changes are on the server's disk, from Kateb's "saved"
// acknowledgements (lib/collab-protocol.ts). The server numbers the sync step 2
// and update messages it receives on a connection 1, 2, 3… and answers "saved n"
// once the first n are committed; the client counts what it sends the same way.
// It also counts the edits (local changes) that wait for an acknowledgement.

export class SaveTracker {
  /** Step 2 and update messages sent on the current connection. */
  private sent = 0;
  /** The highest "saved n" received on the current connection. */
  private acknowledged = 0;
  private connected = false;
  /** Local changes not sent on an open connection, or sent on one that closed
   * before they were acknowledged. The step 2 of the next connection carries
   * them; they are saved when everything sent on it is acknowledged. */
  private carriedOver = false;
  /** How many edits are carried over (see carriedOver). */
  private carriedEdits = 0;
  /** The message numbers of the edits sent on the current connection and not yet acknowledged. */
  private inFlight: number[] = [];

  /** A connection opened. The server sends its sync step 1 first, and the
   * provider answers it with exactly one step 2: that is message 1. */
  connectionOpened(): void {
    this.connected = true;
    this.sent = 1;
    this.acknowledged = 0;
  }

  connectionClosed(): void {
    if (this.sent > this.acknowledged) this.carriedOver = true;
    this.carriedEdits += this.inFlight.length;
    this.inFlight = [];
    this.connected = false;
    this.sent = 0;
    this.acknowledged = 0;
  }

  /** The document changed locally; `sent` tells whether the provider sent the
   * update on an open connection. */
  localChange(sent: boolean): void {
    if (sent && this.connected) {
      this.sent += 1;
      this.inFlight.push(this.sent);
    } else {
      this.carriedOver = true;
      this.carriedEdits += 1;
    }
  }

  /** Edits kept from an earlier page, loaded before the first connection: the
   * step 2 that answers the server carries them, like edits made offline. */
  restored(edits: number): void {
    if (edits <= 0) return;
    this.carriedOver = true;
    this.carriedEdits += edits;
  }

  /** The server's "saved n" on the current connection. */
  saved(count: number): void {
    if (!this.connected) return;
    this.acknowledged = Math.max(this.acknowledged, count);
    this.inFlight = this.inFlight.filter((message) => message > this.acknowledged);
    if (this.acknowledged >= this.sent) {
      this.carriedOver = false;
      this.carriedEdits = 0;
    }
  }

  /** True while some local change is not known to be on the server's disk. */
  get unsaved(): boolean {
    return this.carriedOver || this.sent > this.acknowledged;
  }

  /** How many local changes are not known to be on the server's disk. */
  get waitingEdits(): number {
    return this.carriedEdits + this.inFlight.length;
  }
}
