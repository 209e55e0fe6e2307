// Offline capture for one open minutes editor: at opening, what closed tabs
// kept of this user's unacknowledged edits is loaded into the document before
// it connects (and sent with the first sync), or, when the minutes moved on
// meanwhile, set aside to be shown and copied, never sent; while open, the
// edits that wait are kept in this tab's store (offline-store.ts).
import * as Y from "yjs";
import { MINUTES_FRAGMENT } from "@/lib/editor/extensions";
import {
  fateOfKeptEdits,
  keptEditsMetaSchema,
  keptEditsStorePrefix,
  keptText,
  type KeptEditsMeta,
  type SetAsideEdits,
  type SetAsideReason,
} from "@/lib/offline/kept-edits";
import type { CollabTicket } from "./collab-ticket";
import { deleteKeptStore, OfflineStore, readKeptStores, type KeptStore } from "./offline-store";
import { addSetAside, readSetAside, removeSetAside } from "./set-aside-store";

/** While connected, edits are written to IndexedDB only once they have waited
 * this long: the server acknowledges in milliseconds, and a page that goes
 * writes what waits at once (offline-store.ts). Offline, they are kept at once. */
const KEEP_CONNECTED_AFTER_MS = 1_000;

/** The origin of the transaction that loads kept edits into the document. */
const RESTORE_ORIGIN = Symbol("kept edits restored");

interface Restorable {
  store: KeptStore;
  meta: KeptEditsMeta;
}

export class OfflineCapture {
  // Not crypto.randomUUID: it exists only in secure contexts (not plain http on a LAN).
  private readonly tabId = Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) => byte.toString(16).padStart(2, "0")).join("");
  private store: OfflineStore | null = null;
  private doc: Y.Doc | null = null;
  /** Per Yjs client: its first clock not acknowledged (KeptEditsMeta.from). */
  private from: Record<string, number> = {};
  /** The newest version when the waiting edits began. */
  private baseVersion: number | null;
  /** Set-aside edits that could not be written to localStorage (shown all the same). */
  private readonly unstored: SetAsideEdits[] = [];
  private refusals = 0;
  /** The waiting edits were refused and set aside: nothing more is kept. */
  private stopped = false;
  private destroyed = false;
  private waiting = 0;
  private keepTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly restorable: Restorable[] = [];

  /** Reads what closed tabs kept; sets aside what may not be sent. */
  static async open(meetingId: string, ticket: CollabTicket): Promise<OfflineCapture> {
    const capture = new OfflineCapture(meetingId, ticket.userId, ticket.version);
    const facts = { meetingId, userId: ticket.userId, canEdit: ticket.canEdit, locked: ticket.locked, version: ticket.version };
    for (const store of await readKeptStores(keptEditsStorePrefix(meetingId, ticket.userId))) {
      const fate = fateOfKeptEdits(store.meta, facts);
      const meta = keptEditsMetaSchema.safeParse(store.meta);
      if (fate.kind === "restore" && meta.success) {
        capture.restorable.push({ store, meta: meta.data });
        continue;
      }
      if (fate.kind === "set-aside" && meta.success) {
        const elsewhere = await versionStateVector(meetingId, fate.version);
        const text = keptText(store.doc.getXmlFragment(MINUTES_FRAGMENT), meta.data.from, elsewhere);
        const id = store.name.slice(keptEditsStorePrefix(meetingId, ticket.userId).length);
        // Deleted only once its text is safe elsewhere.
        if (capture.setAside({ id, reason: fate.reason, version: fate.version, edits: meta.data.edits, text })) {
          void deleteKeptStore(store.name);
        }
      } else if (fate.kind === "saved") {
        void deleteKeptStore(store.name);
      }
      // A foreign store is neither loaded nor touched.
      store.doc.destroy();
    }
    return capture;
  }

  private constructor(
    private readonly meetingId: string,
    private readonly userId: string,
    private knownVersion: number | null,
  ) {
    this.baseVersion = knownVersion;
  }

  /** Loads the kept edits into `doc` (before anything is connected to it) and
   * starts keeping this tab's waiting edits; returns how many were restored. */
  attach(doc: Y.Doc): number {
    this.doc = doc;
    this.store = new OfflineStore(keptEditsStorePrefix(this.meetingId, this.userId) + this.tabId, doc);
    let edits = 0;
    for (const { store, meta } of this.restorable) {
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(store.doc), RESTORE_ORIGIN);
      store.doc.destroy();
      edits += meta.edits;
      for (const [client, clock] of Object.entries(meta.from)) {
        this.from[client] = Math.min(clock, this.from[client] ?? clock);
      }
    }
    if (edits > 0) {
      // This tab's store holds them from now on; the closed tabs' stores go once it does.
      this.store.keep(this.meta(edits));
      const names = this.restorable.map(({ store }) => store.name);
      void this.store.settled().then(() => Promise.all(names.map(deleteKeptStore)));
    }
    this.restorable.length = 0;
    return edits;
  }

  /** A local change: from now on, until acknowledged, it is kept. */
  localChange(transaction: Y.Transaction): void {
    const doc = this.doc;
    if (!doc) return;
    const client = String(doc.clientID);
    if (!(client in this.from)) this.from[client] = transaction.beforeState.get(doc.clientID) ?? 0;
  }

  /** The number of edits waiting changed (SaveTracker.waitingEdits); `connected`:
   * they are on their way to the server on an open connection. */
  waitingChanged(edits: number, connected: boolean): void {
    const store = this.store;
    if (!store || this.stopped) return;
    this.waiting = edits;
    if (edits > 0) {
      if (!connected || store.isBound) {
        this.keepNow();
        return;
      }
      store.note(this.meta(edits));
      this.keepTimer ??= setTimeout(() => this.keepNow(), KEEP_CONNECTED_AFTER_MS);
      return;
    }
    clearTimeout(this.keepTimer);
    this.keepTimer = undefined;
    this.from = {};
    this.baseVersion = this.knownVersion;
    store.saved(this.meta(0));
  }

  private keepNow(): void {
    clearTimeout(this.keepTimer);
    this.keepTimer = undefined;
    if (this.waiting > 0 && !this.stopped && !this.destroyed) this.store?.keep(this.meta(this.waiting));
  }

  /** The server told of a new version (the minutes were locked as it). */
  versionChanged(version: number): void {
    this.knownVersion = version;
  }

  /** The server refused the waiting edits (the minutes were locked, or the user
   * may no longer write): they are set aside, shown, and no longer kept. Until
   * that is done (or if the page goes first) they stay kept. */
  async refused(reason: SetAsideReason, version: number | null, edits: number): Promise<void> {
    const doc = this.doc;
    const store = this.store;
    if (!doc || !store || this.stopped || edits === 0) return;
    this.stopped = true;
    this.refusals += 1;
    const id = `${this.tabId}-${this.refusals}`;
    const elsewhere = await versionStateVector(this.meetingId, version);
    if (this.destroyed) return;
    const text = keptText(doc.getXmlFragment(MINUTES_FRAGMENT), this.from, elsewhere);
    if (this.setAside({ id, reason, version, edits, text })) store.discard();
  }

  get setAsideEdits(): SetAsideEdits[] {
    return [...readSetAside(this.meetingId, this.userId), ...this.unstored];
  }

  removeSetAside(id: string): void {
    removeSetAside(this.meetingId, this.userId, id);
    const index = this.unstored.findIndex((entry) => entry.id === id);
    if (index >= 0) this.unstored.splice(index, 1);
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.keepTimer);
    for (const { store } of this.restorable) store.doc.destroy();
    this.store?.destroy();
  }

  /** Whether the entry is stored (if not, it is shown from memory, and what it came from is kept). */
  private setAside(entry: SetAsideEdits): boolean {
    if (addSetAside(this.meetingId, this.userId, entry)) return true;
    this.unstored.push(entry);
    return false;
  }

  private meta(edits: number): KeptEditsMeta {
    return { meetingId: this.meetingId, userId: this.userId, edits, from: { ...this.from }, baseVersion: this.baseVersion };
  }
}

/** The state vector of a version of the minutes (what reached it), or an empty
 * one when there is no version or it cannot be had. */
async function versionStateVector(meetingId: string, version: number | null): Promise<Map<number, number>> {
  if (version === null) return new Map();
  try {
    const url = `/api/meetings/${encodeURIComponent(meetingId)}/versions/${version}/state`;
    const response = await fetch(url, { credentials: "same-origin" });
    if (!response.ok) return new Map();
    return Y.decodeStateVector(Y.encodeStateVectorFromUpdate(new Uint8Array(await response.arrayBuffer())));
  } catch {
    return new Map();
  }
}
