// IndexedDB (y-indexeddb) for the edits of one open tab that the server has not
// acknowledged yet. Each tab keeps its own store, named for the meeting, the user
// and the tab, held by a Web Lock for as long as the tab has the minutes open;
// stores no tab holds are what closed tabs left behind (readKeptStores).
// A store is written only while something waits: bound to the live Y.Doc when
// an edit waits (offline-capture.ts says when; it then holds the whole document,
// so the minutes can be shown again offline), and deleted a little after
// everything is saved.
// IndexedDB writes are asynchronous, and a closing page may abort the last
// ones: as the page goes (pagehide), the document is also written to
// localStorage at once, which is synchronous.
import { fromBase64, toBase64 } from "lib0/buffer";
import { clearDocument, IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import type { KeptEditsMeta } from "@/lib/offline/kept-edits";

const META_KEY = "meta";
/** Delete the store this long after the last acknowledgement (not at each one:
 * while someone types online, every keystroke is unsaved for a few milliseconds). */
const CLEAR_AFTER_SAVED_MS = 3_000;
/** IndexedDB that does not answer in this time (blocked, or broken) is left alone. */
const IDB_TIMEOUT_MS = 5_000;
const FLUSH_PREFIX = "kateb-flush:";

export interface KeptStore {
  name: string;
  /** The document as the closed tab kept it. */
  doc: Y.Doc;
  /** What the store says of itself: checked before anything in it is used. */
  meta: unknown;
}

/** The stores of closed tabs whose names start with `prefix`, read. */
export async function readKeptStores(prefix: string): Promise<KeptStore[]> {
  const inDatabase = await databaseNames(prefix);
  const names = new Set([...inDatabase, ...flushedNames(prefix)]);
  const stores = await Promise.all(
    [...names].map((name) => unlessHeld(name, () => readStore(name, inDatabase.includes(name)).catch(() => null))),
  );
  return stores.filter((store): store is KeptStore => store !== null);
}

/** Deletes a closed tab's store (once its edits are safe elsewhere). */
export function deleteKeptStore(name: string): Promise<void> {
  forgetFlush(name);
  return clearDocument(name).catch(() => undefined);
}

async function databaseNames(prefix: string): Promise<string[]> {
  if (typeof indexedDB === "undefined" || typeof indexedDB.databases !== "function") return [];
  try {
    return (await withTimeout(indexedDB.databases())).map((database) => database.name ?? "").filter((name) => name.startsWith(prefix));
  } catch {
    return [];
  }
}

async function readStore(name: string, inDatabase: boolean): Promise<KeptStore> {
  const doc = new Y.Doc();
  let meta: unknown;
  if (inDatabase) {
    const persistence = new IndexeddbPersistence(name, doc);
    try {
      await withTimeout(persistence.whenSynced);
      const text: unknown = await withTimeout(persistence.get(META_KEY));
      meta = typeof text === "string" ? parseJson(text) : undefined;
    } finally {
      await persistence.destroy();
    }
  }
  // Written as the page went: the latest word on the tab's edits.
  const flushed = readFlush(name);
  if (flushed) {
    Y.applyUpdate(doc, flushed.state);
    meta = flushed.meta;
  }
  return { name, doc, meta };
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
      // Nothing is written before it is held.
      this.queue = new Promise<void>((granted) => {
        navigator.locks
          .request(name, () => {
            granted();
            return this.destroyed ? undefined : new Promise<void>((release) => (this.releaseLock = release));
          })
          .catch(() => granted());
      });
    }
    window.addEventListener("pagehide", this.flush);
  }

  /** The store is written (or about to be). */
  get isBound(): boolean {
    return this.bound;
  }

  /** Something waits, not written yet: it is, if the page goes (pagehide). */
  note(meta: KeptEditsMeta): void {
    if (!this.destroyed) this.meta = meta;
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
    if (this.destroyed) return;
    this.meta = meta;
    forgetFlush(this.name);
    if (!this.bound) return;
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
    const waiting = this.waiting();
    if (waiting) this.flush();
    else this.discard();
    this.destroyed = true;
    window.removeEventListener("pagehide", this.flush);
    clearTimeout(this.clearTimer);
    this.bound = false;
    // After the queued bind, if any: the persistence it makes is closed, its data kept.
    this.enqueue(() => this.persistence?.destroy());
    void this.queue.then(() => this.releaseLock());
  }

  /** Synchronously, as the page goes: the whole document and what waits. */
  private readonly flush = (): void => {
    const meta = this.meta;
    if (this.destroyed || !meta || meta.edits === 0) return;
    try {
      const flushed: Flushed = { meta, state: toBase64(Y.encodeStateAsUpdate(this.doc)) };
      window.localStorage.setItem(FLUSH_PREFIX + this.name, JSON.stringify(flushed));
    } catch {
      // Full or forbidden: IndexedDB has all but the last moment's edits.
    }
  };

  private waiting(): boolean {
    return this.meta !== null && this.meta.edits > 0;
  }

  private clear(): void {
    this.clearTimer = undefined;
    forgetFlush(this.name);
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

interface Flushed {
  meta: KeptEditsMeta;
  /** Y.encodeStateAsUpdate, base64. */
  state: string;
}

function flushedNames(prefix: string): string[] {
  try {
    const names: string[] = [];
    for (let index = 0; index < window.localStorage.length; index += 1) {
      const key = window.localStorage.key(index);
      if (key?.startsWith(FLUSH_PREFIX + prefix)) names.push(key.slice(FLUSH_PREFIX.length));
    }
    return names;
  } catch {
    return [];
  }
}

function readFlush(name: string): { meta: unknown; state: Uint8Array } | null {
  try {
    const text = window.localStorage.getItem(FLUSH_PREFIX + name);
    const value = text ? parseJson(text) : undefined;
    if (typeof value !== "object" || value === null) return null;
    const { meta, state } = value as Record<string, unknown>;
    if (typeof state !== "string") return null;
    return { meta, state: fromBase64(state) };
  } catch {
    return null;
  }
}

function forgetFlush(name: string): void {
  try {
    window.localStorage.removeItem(FLUSH_PREFIX + name);
  } catch {
    // Nothing to forget where localStorage is forbidden.
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
