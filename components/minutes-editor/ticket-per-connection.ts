// Opens every connection of a stock y-websocket provider with a new
// collaboration ticket. A ticket's token opens one connection (the server
// refuses it the second time), and the provider reconnects with the URL it
// has; so after each close its own attempt is called off, a new token is
// fetched into its params, and it connects again: with its backoff, one
// attempt at a time, never while it is told to stay away.
import type { WebsocketProvider } from "y-websocket";

export interface TicketPerConnectionOptions {
  /** A new token; rejects when none can be had now. */
  fetchToken: (signal: AbortSignal) => Promise<string>;
  /** How long to wait before the next try after `fetchToken` failed with
   * `error` (`backoffMs`: the usual wait), or null to give up. */
  retryAfter?: (error: unknown, backoffMs: number) => number | null;
}

export class TicketPerConnection {
  /** Closes since the last sync: the wait before the next attempt doubles with each. */
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private fetching: AbortController | null = null;
  private stopped = true;

  constructor(
    private readonly provider: WebsocketProvider,
    private readonly options: TicketPerConnectionOptions,
  ) {
    provider.on("connection-close", this.onClose);
    provider.on("sync", this.onSync);
  }

  /** Connects now, with the unused token already in the provider's params. */
  start(): void {
    this.stopped = false;
    this.provider.connect();
  }

  /** Connects with a new token, unless connected or on the way to it. */
  reconnect(): void {
    this.stopped = false;
    if (this.fetching !== null || this.provider.ws !== null) return;
    clearTimeout(this.timer);
    void this.connectWithNewToken();
  }

  /** Closes the connection and tries no more until start() or reconnect(). */
  stop(): void {
    this.stopped = true;
    this.cancel();
    this.provider.disconnect();
  }

  destroy(): void {
    this.stop();
    this.provider.off("connection-close", this.onClose);
    this.provider.off("sync", this.onSync);
  }

  // Told before the provider schedules its own attempt, which reads params and
  // shouldConnect only when it runs.
  private readonly onClose = (event: CloseEvent | null): void => {
    // disconnect() said it (shouldConnect is false); a final close code stops the provider itself.
    if (this.stopped || !this.provider.shouldConnect) return;
    if (event !== null && !this.provider.shouldReconnect(event, this.provider)) return;
    this.provider.shouldConnect = false;
    this.failures += 1;
    this.later(this.backoffMs());
  };

  private readonly onSync = (synced: boolean): void => {
    if (synced) this.failures = 0;
  };

  /** As the provider waits: 200 ms after one close, doubling up to its maxBackoffTime. */
  private backoffMs(): number {
    return Math.min(2 ** this.failures * 100, this.provider.maxBackoffTime);
  }

  private later(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.connectWithNewToken(), delayMs);
  }

  private async connectWithNewToken(): Promise<void> {
    this.timer = undefined;
    const fetching = new AbortController();
    this.fetching = fetching;
    let token: string;
    try {
      token = await this.options.fetchToken(fetching.signal);
    } catch (error) {
      // Stopped meanwhile: nothing more to do.
      if (this.fetching !== fetching) return;
      this.fetching = null;
      this.failures += 1;
      const backoff = this.backoffMs();
      const wait = this.options.retryAfter ? this.options.retryAfter(error, backoff) : backoff;
      if (wait === null) this.stopped = true;
      else this.later(wait);
      return;
    }
    if (this.fetching !== fetching) return;
    this.fetching = null;
    this.provider.params = { ...this.provider.params, token };
    this.provider.connect();
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.fetching?.abort();
    this.fetching = null;
  }
}
