// IndexedDB (y-indexeddb) for the edits of one open tab that the server has not
// acknowledged yet. Each tab keeps its own store, named for the meeting, the user
// and the tab, held by a Web Lock for as long as the tab has the minutes open;
// stores no tab holds are what closed tabs left behind (readKeptStores).
// A store is written only while something waits: bound to the live Y.Doc at the
// first unacknowledged edit (it then holds the whole document, so the minutes
// can be shown again offline), and deleted a little after everything is saved.
import { clearDocument, IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import type { KeptEditsMeta } from "../../lib/offline/kept-edits";

const META_KEY = "meta";
/** Delete the store this long after the last acknowledgement (not at each one:
 * while someone types online, every keystroke is unsaved for a few milliseconds). */
const CLEAR_AFTER_SAVED_MS = 3_000;
/** IndexedDB that does not answer in this time (blocked, or broken) is left alone. */
const IDB_TIMEOUT_MS = 5_000;

export interface KeptStore {
  name: string;
  /** The document as the closed tab kept it. */
  doc: Y.Doc;
  /** What the store says of itself: checked before anything in it is used. */
  meta: unknown;
}

/** The stores of closed tabs whose names start with `prefix`, read; none when
 * the browser cannot list them or IndexedDB fails. */
export async function readKeptStores(prefix: string): Promise<KeptStore[]> {
  if (typeof indexedDB === "undefined" || typeof indexedDB.databases !== "function") return [];
  try {
    const names = (await withTimeout(indexedDB.databases()))
      .map((database) => database.name ?? "")
      .filter((name) => name.startsWith(prefix));
    const stores = await Promise.all(names.map((name) => unlessHeld(name, () => readStore(name))));
    return stores.filter((store): store is KeptStore => store !== null);
  } catch {
    return [];
  }
}

/** Deletes a closed tab's store (once its edits are safe elsewhere). */
export function deleteKeptStore(name: string): Promise<void> {
  return clearDocument(name).catch(() => undefined);
}

async function readStore(name: string): Promise<KeptStore> {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(name, doc);
  try {
    await withTimeout(persistence.whenSynced);
    const text: unknown = await withTimeout(persistence.get(META_KEY));
    return { name, doc, meta: typeof text === "string" ? parseJson(text) : undefined };
  } finally {
    await persistence.destroy();
  }
}

/** The store of the tab this runs in: bound while edits wait, cleared once saved. */
export class OfflineStore {
  private persistence: IndexeddbPersistence | null = null;
  /** A bind is done or queued (the persistence itself is made in the queue). */
  private bound = false;
  /** IndexedDB work in the order it was asked for (a clear before the next bind). */
  private queue: Promise<unknown> = Promise.resolve();
  private meta: KeptEditsMeta | null = null;
  private metaQueued = false;
  private clearTimer: ReturnType<typeof setTimeout> | undefined;
  private releaseLock: () => void = () => undefined;
  private destroyed = false;

  constructor(
    readonly name: string,
    private readonly doc: Y.Doc,
  ) {
    if (typeof navigator !== "undefined" && navigator.locks) {
      // Held until destroy (or the tab goes): other tabs leave this store alone.
      void navigator.locks
        .request(name, () => (this.destroyed ? undefined : new Promise<void>((release) => (this.releaseLock = release))))
        .catch(() => undefined);
    }
  }

  /** Something waits: keep the document and what is said of it. */
  keep(meta: KeptEditsMeta): void {
    if (this.destroyed) return;
    clearTimeout(this.clearTimer);
    this.clearTimer = undefined;
    this.meta = meta;
    if (!this.bound) {
      this.bound = true;
      this.enqueue(() => {
        // Even after destroy: edits asked to be kept are kept. Loads nothing (the
        // store is new or was just deleted) and writes the whole document.
        this.persistence = new IndexeddbPersistence(this.name, this.doc);
        return withTimeout(this.persistence.whenSynced);
      });
    }
    this.writeMeta();
  }

  /** Everything was acknowledged: say so at once, delete the store a little later. */
  saved(meta: KeptEditsMeta): void {
    if (this.destroyed || !this.bound) return;
    this.meta = meta;
    this.writeMeta();
    clearTimeout(this.clearTimer);
    this.clearTimer = setTimeout(() => this.clear(), CLEAR_AFTER_SAVED_MS);
  }

  /** The store's edits were set aside elsewhere: delete it now. */
  discard(): void {
    clearTimeout(this.clearTimer);
    this.clear();
  }

  /** Resolves once everything asked of IndexedDB so far is done. */
  settled(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  /** The tab closes the minutes: a store with nothing waiting is deleted, one
   * with waiting edits stays for the next time they are opened. */
  destroy(): void {
    if (this.destroyed) return;
    const waiting = this.meta !== null && this.meta.edits > 0;
    if (!waiting) this.discard();
    this.destroyed = true;
    clearTimeout(this.clearTimer);
    this.bound = false;
    // After the queued bind, if any: the persistence it makes is closed, its data kept.
    this.enqueue(() => this.persistence?.destroy());
    void this.queue.then(() => this.releaseLock());
  }

  private clear(): void {
    this.clearTimer = undefined;
    if (!this.bound) return;
    this.bound = false;
    this.meta = null;
    // clearData closes the database and then asks for its deletion; a later
    // bind's open request is queued behind that deletion by IndexedDB itself.
    this.enqueue(() => {
      const persistence = this.persistence;
      this.persistence = null;
      return persistence?.clearData();
    });
  }

  private writeMeta(): void {
    if (this.metaQueued) return;
    this.metaQueued = true;
    this.enqueue(() => {
      this.metaQueued = false;
      const persistence = this.persistence;
      if (!persistence || !this.meta) return;
      return withTimeout(persistence.set(META_KEY, JSON.stringify(this.meta)));
    });
  }

  private enqueue(task: () => unknown): void {
    this.queue = this.queue.then(task).catch(() => undefined);
  }
}

/** Runs `task` under the store's lock when no open tab holds it; null otherwise. */
async function unlessHeld<T>(name: string, task: () => Promise<T>): Promise<T | null> {
  if (typeof navigator === "undefined" || !navigator.locks) return task();
  return navigator.locks.request(name, { ifAvailable: true }, (lock) => (lock ? task() : null));
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("IndexedDB did not answer")), IDB_TIMEOUT_MS);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
