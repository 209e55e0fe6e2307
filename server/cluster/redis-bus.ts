// The cluster bus on Redis publish/subscribe (ioredis): one connection to
// publish, one to follow channels. Nothing is queued while Redis is away
// (publishing then drops the message and following resumes with `onResumed`),
// so that a node keeps serving its own clients at its own pace meanwhile.
// Everything a node puts in Redis is under its deployment's prefix
// (REDIS_PREFIX): the channels here, and the keys of `commands` (ioredis's
// keyPrefix), so that deployments sharing a Redis never hear each other.
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import type { ClusterBus } from "./bus";

export interface BusLogger {
  error(message: string, error: unknown): void;
}

/** How long to wait between attempts to reach Redis again, growing to at most this. */
const RETRY_MAX_MS = 2_000;
/** Where a node whose publishing connection came back asks every node to catch
 * up: what it published meanwhile was dropped, and the others cannot know. */
const RESYNC_CHANNEL = "resync";

export class RedisBus implements ClusterBus {
  readonly nodeId = randomUUID();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly handlers = new Map<string, (message: Uint8Array) => void>();
  private readonly resumed: Array<() => void> = [];
  private readonly connectionChanged: Array<(connected: boolean) => void> = [];
  private wasConnected = false;
  private lostSinceReady = false;
  private publisherLost = false;
  private closed = false;

  private readonly prefix: string;

  private constructor(url: string, private readonly logger: BusLogger, namespace: string) {
    this.prefix = `${namespace}:`;
    const options = {
      lazyConnect: true,
      enableOfflineQueue: false,
      autoResubscribe: false,
      maxRetriesPerRequest: 0,
      retryStrategy: (times: number) => Math.min(100 * times, RETRY_MAX_MS),
    };
    this.publisher = new Redis(url, { ...options, keyPrefix: this.prefix, connectionName: "kateb-publish" });
    this.subscriber = new Redis(url, { ...options, connectionName: "kateb-subscribe" });
    this.subscriber.on("messageBuffer", (channel: Buffer, message: Buffer) => {
      const name = channel.toString();
      if (!name.startsWith(this.prefix)) return;
      this.handlers.get(name.slice(this.prefix.length))?.(new Uint8Array(message.buffer, message.byteOffset, message.byteLength));
    });
    this.subscriber.on("ready", () => void this.onReady());
    this.subscriber.on("close", () => this.onLost());
    this.publisher.on("close", () => (this.publisherLost = !this.closed));
    this.publisher.on("ready", () => {
      if (!this.publisherLost) return;
      this.publisherLost = false;
      this.publish(RESYNC_CHANNEL, new TextEncoder().encode(this.nodeId));
    });
    this.handlers.set(RESYNC_CHANNEL, (message) => {
      if (new TextDecoder().decode(message) !== this.nodeId) this.resume();
    });
    // ioredis reports each failed attempt; the state changes are what matter here.
    this.publisher.on("error", () => undefined);
    this.subscriber.on("error", () => undefined);
  }

  /** Connects to Redis at `url`, under `namespace`; rejects when it cannot be reached at start. */
  static async connect(url: string, logger: BusLogger, namespace = "kateb"): Promise<RedisBus> {
    const bus = new RedisBus(url, logger, namespace);
    await Promise.all([bus.publisher.connect(), bus.subscriber.connect()]);
    return bus;
  }

  /** The connection for commands of other kinds (redis-ticket-uses.ts), its keys under the deployment's
   * prefix; nothing is queued on it while Redis is away. */
  get commands(): Redis {
    return this.publisher;
  }

  publish(channel: string, message: Uint8Array): void {
    if (this.publisher.status !== "ready") return;
    this.publisher.publish(this.prefix + channel, Buffer.from(message.buffer, message.byteOffset, message.byteLength)).catch(() => undefined);
  }

  async publishCounted(channel: string, message: Uint8Array): Promise<number> {
    if (this.publisher.status !== "ready") throw new Error("Redis is unreachable");
    return this.publisher.publish(this.prefix + channel, Buffer.from(message.buffer, message.byteOffset, message.byteLength));
  }

  async subscribe(channel: string, handler: (message: Uint8Array) => void): Promise<void> {
    this.handlers.set(channel, handler);
    if (this.subscriber.status !== "ready") return;
    await this.subscriber.subscribe(this.prefix + channel).catch((error: unknown) => this.logger.error(`following ${channel} failed`, error));
  }

  unsubscribe(channel: string): void {
    if (!this.handlers.delete(channel) || this.subscriber.status !== "ready") return;
    this.subscriber.unsubscribe(this.prefix + channel).catch(() => undefined);
  }

  onResumed(handler: () => void): void {
    this.resumed.push(handler);
  }

  onConnectionChanged(handler: (connected: boolean) => void): void {
    this.connectionChanged.push(handler);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.handlers.clear();
    this.resumed.length = 0;
    this.publisher.disconnect();
    this.subscriber.disconnect();
    return Promise.resolve();
  }

  private async onReady(): Promise<void> {
    const channels = [...this.handlers.keys()].map((channel) => this.prefix + channel);
    if (channels.length > 0) {
      await this.subscriber.subscribe(...channels).catch((error: unknown) => this.logger.error("following again failed", error));
    }
    this.setConnected(true);
    if (!this.lostSinceReady) return;
    this.lostSinceReady = false;
    this.resume();
  }

  private resume(): void {
    for (const handler of this.resumed) handler();
  }

  private onLost(): void {
    if (this.closed) return;
    this.lostSinceReady = true;
    this.setConnected(false);
  }

  private setConnected(connected: boolean): void {
    if (connected === this.wasConnected) return;
    this.wasConnected = connected;
    for (const handler of this.connectionChanged) handler(connected);
  }
}
