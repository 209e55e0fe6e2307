// Whether this editor's changes are on the server's disk, from Kateb's "saved"
// acknowledgements (lib/collab-protocol.ts). The server numbers the sync step 2
// and update messages it receives on a connection 1, 2, 3… and answers "saved n"
// once the first n are committed; the client counts what it sends the same way.

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

  /** A connection opened. The server sends its sync step 1 first, and the
   * provider answers it with exactly one step 2: that is message 1. */
  connectionOpened(): void {
    this.connected = true;
    this.sent = 1;
    this.acknowledged = 0;
  }

  connectionClosed(): void {
    if (this.sent > this.acknowledged) this.carriedOver = true;
    this.connected = false;
    this.sent = 0;
    this.acknowledged = 0;
  }

  /** The document changed locally; `sent` tells whether the provider sent the
   * update on an open connection. */
  localChange(sent: boolean): void {
    if (sent && this.connected) this.sent += 1;
    else this.carriedOver = true;
  }

  /** The server's "saved n" on the current connection. */
  saved(count: number): void {
    if (!this.connected) return;
    this.acknowledged = Math.max(this.acknowledged, count);
    if (this.acknowledged >= this.sent) this.carriedOver = false;
  }

  /** True while some local change is not known to be on the server's disk. */
  get unsaved(): boolean {
    return this.carriedOver || this.sent > this.acknowledged;
  }
}
