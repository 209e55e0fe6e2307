// Commits accepted updates to the log, grouped per tick, and only then lets
// them be broadcast: an update any peer has seen is on disk.
import type { AppendItem, UpdateLog } from "./update-log";

export interface PendingUpdate extends AppendItem {
  /** Called once the update is committed, in acceptance order. */
  onCommitted: () => void;
  /** Called once per batch that held this update, after every onCommitted of
   * the batch and before any barrier() resolves (one call per distinct function). */
  afterBatch?: () => void;
}

export interface WriterLog {
  error(message: string, error: unknown): void;
}

const RETRY_MIN_MS = 100;
const RETRY_MAX_MS = 5_000;

export class UpdateWriter {
  private queue: PendingUpdate[] = [];
  private flushing: Promise<void> | null = null;
  private scheduled = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryDelay = RETRY_MIN_MS;
  private enqueued = 0;
  private committed = 0;
  private readonly waiters: Array<{ seq: number; resolve: () => void }> = [];
  private failing = false;

  constructor(
    private readonly log: UpdateLog,
    private readonly logger: WriterLog,
  ) {}

  /** True while the last attempt to write failed and updates wait to be saved. */
  get isFailing(): boolean {
    return this.failing;
  }

  enqueue(item: PendingUpdate): void {
    this.queue.push(item);
    this.enqueued += 1;
    this.schedule();
  }

  /** Resolves when every update enqueued so far is committed. */
  barrier(): Promise<void> {
    const seq = this.enqueued;
    if (seq <= this.committed) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ seq, resolve }));
  }

  /** Writes everything queued now; resolves when the queue is empty or writing fails. */
  async flush(): Promise<void> {
    while (this.queue.length > 0 || this.flushing) {
      if (this.flushing) {
        await this.flushing;
        continue;
      }
      const before = this.queue.length;
      await this.writeBatch();
      if (this.queue.length >= before && this.failing) return;
    }
  }

  /** Commits everything queued, trying again at once while the database fails,
   * until `deadline` (epoch ms). Resolves true when nothing is left unsaved. */
  async drain(deadline: number): Promise<boolean> {
    for (;;) {
      if (this.retryTimer) clearTimeout(this.retryTimer);
      this.retryTimer = null;
      await this.flush();
      if (this.queue.length === 0 && !this.flushing) return true;
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise((resolve) => setTimeout(resolve, Math.min(RETRY_MIN_MS, left)));
    }
  }

  /** Runs `task` between batches: nothing is appended while it runs. */
  async exclusive<T>(task: () => Promise<T>): Promise<T> {
    while (this.flushing) await this.flushing;
    const run = task();
    this.flushing = run
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        this.flushing = null;
        if (this.queue.length > 0) this.schedule();
      });
    return run;
  }

  close(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private schedule(): void {
    if (this.scheduled || this.flushing || this.retryTimer) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.writeBatch();
    });
  }

  private writeBatch(): Promise<void> {
    if (this.flushing) return this.flushing;
    const batch = this.queue;
    if (batch.length === 0) return Promise.resolve();
    this.queue = [];
    this.flushing = this.log
      .append(batch.map(({ docName, update, authorId, claims }) => ({ docName, update, authorId, claims })))
      .then(
        () => {
          this.failing = false;
          this.retryDelay = RETRY_MIN_MS;
          this.committed += batch.length;
          const afterBatch = new Set<() => void>();
          for (const item of batch) {
            item.onCommitted();
            if (item.afterBatch) afterBatch.add(item.afterBatch);
          }
          for (const after of afterBatch) after();
          while ((this.waiters[0]?.seq ?? Infinity) <= this.committed) this.waiters.shift()?.resolve();
        },
        (error: unknown) => {
          // Nothing of the batch is broadcast; it goes back to the front, in order.
          this.failing = true;
          this.queue = batch.concat(this.queue);
          this.logger.error("saving updates failed; will retry", error);
          this.retryTimer = setTimeout(() => {
            this.retryTimer = null;
            this.schedule();
          }, this.retryDelay);
          this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MAX_MS);
        },
      )
      .finally(() => {
        this.flushing = null;
        if (this.queue.length > 0 && !this.failing) this.schedule();
      });
    return this.flushing;
  }
}
