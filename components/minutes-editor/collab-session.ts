// One meeting's minutes open in the browser: the Y.Doc, the stock y-websocket
// provider, a new collaboration ticket for each connection, offline capture (the
// edits that wait, kept in IndexedDB across a closed tab), and the state the
// editor shows (connection, saved or not, who is here). React reads it through
// subscribe/getSnapshot.
import * as decoding from "lib0/decoding";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { CloseCode, MessageType } from "@/lib/collab-protocol";
import { canEditMinutes, roleSchema } from "@/lib/roles";
import { SaveTracker } from "@/lib/editor/save-tracker";
import type { SetAsideReason } from "@/lib/offline/kept-edits";
import { fetchCollabTicket, TicketRefused, type CollabTicket } from "./collab-ticket";
import { OfflineCapture } from "./offline-capture";
import { RemoteChangeHold } from "./remote-change-hold";
import { initialState, parseLockState, readPeers, type SessionState } from "./session-state";
import { TicketPerConnection } from "./ticket-per-connection";

/** Signed out: ask for a ticket again this much later (signing in on another tab resumes). */
const SIGNED_OUT_RETRY_MS = 15_000;

export type { ConnectionState, Peer, SessionState } from "./session-state";

export class CollabSession {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  /** Holds the others' changes back while this person composes a word. */
  readonly remoteHold: RemoteChangeHold;
  private readonly tickets: TicketPerConnection;
  private readonly tracker = new SaveTracker();
  private readonly listeners = new Set<() => void>();
  private readonly commentListeners = new Set<(threadId: string | null) => void>();
  private readonly abort = new AbortController();
  private state: SessionState;
  private everConnected = false;
  private destroyed = false;

  /** Fetches the first ticket, loads what earlier pages kept (`keepOffline`: the editor;
   * a page that only listens keeps nothing) and opens the connection. */
  static async open(meetingId: string, signal: AbortSignal, keepOffline = false): Promise<CollabSession> {
    const ticket = await fetchCollabTicket(meetingId, signal);
    signal.throwIfAborted();
    const offline = keepOffline ? await OfflineCapture.open(meetingId, ticket) : null;
    if (signal.aborted) offline?.destroy();
    signal.throwIfAborted();
    return new CollabSession(meetingId, ticket, offline);
  }

  private constructor(
    private readonly meetingId: string,
    ticket: CollabTicket,
    private readonly offline: OfflineCapture | null,
  ) {
    // Before the provider exists: loading kept edits sends nothing; the step 2
    // that answers the server's step 1 carries them.
    const restored = offline?.attach(this.doc) ?? 0;
    this.tracker.restored(restored);
    const scheme = window.location.protocol === "https:" ? "wss" : "ws";
    this.provider = new WebsocketProvider(`${scheme}://${window.location.host}/collab`, ticket.docName, this.doc, {
      params: { token: ticket.token, ack: "1" },
      disableBc: true,
      connect: false,
    });
    this.remoteHold = new RemoteChangeHold(this.provider);
    this.tickets = new TicketPerConnection(this.provider, {
      fetchToken: (signal) => fetchCollabTicket(this.meetingId, signal).then((fresh) => this.acceptTicket(fresh)),
      retryAfter: (error, backoffMs) => this.ticketFailed(error, backoffMs),
    });
    this.state = initialState(ticket, restored > 0, this.tracker, offline);
    // Registered before connecting, so that no acknowledgement is missed.
    this.listenToServer();
    this.listenToProvider();
    this.listenToEdits();
    window.addEventListener("offline", this.onBrowserOffline);
    window.addEventListener("online", this.onBrowserOnline);
    window.addEventListener("beforeunload", this.onBeforeUnload);
    this.tickets.start();
  }

  /** Kateb's own messages on the socket: saved, role, lock state, comments changed. */
  private listenToServer(): void {
    this.provider.messageHandlers[MessageType.saved] = (_encoder, decoder) => {
      this.tracker.saved(decoding.readVarUint(decoder));
      this.publish({});
    };
    // The organizer changed this user's role: the server enforces it already.
    this.provider.messageHandlers[MessageType.role] = (_encoder, decoder) => {
      const role = roleSchema.safeParse(decoding.readVarString(decoder));
      if (role.success) {
        const locked = this.state.lock?.locked === true;
        this.publish({ role: role.data, canEdit: canEditMinutes(role.data) && !locked, roleChanged: true });
      }
    };
    // The organizer locked the minutes into a version, or reopened them.
    this.provider.messageHandlers[MessageType.lockState] = (_encoder, decoder) => {
      const lock = parseLockState(decoding.readVarString(decoder));
      if (!lock) return;
      if (lock.version !== null) this.offline?.versionChanged(lock.version);
      const role = this.state.role;
      this.publish({ lock, canEdit: !lock.locked && role !== null && canEditMinutes(role) });
    };
    // On a cluster's node: the other servers cannot be reached (1), or again can (0).
    this.provider.messageHandlers[MessageType.clusterState] = (_encoder, decoder) => {
      this.publish({ clusterDelayed: decoding.readVarUint(decoder) === 1 });
    };
    // A comment thread changed (its id), or who may read the comments (empty).
    this.provider.messageHandlers[MessageType.commentsChanged] = (_encoder, decoder) => {
      const threadId = decoding.readVarString(decoder);
      this.tellComments(threadId || null);
    };
  }

  /** The provider's connection, sync and close events. */
  private listenToProvider(): void {
    this.provider.on("status", ({ status }) => this.onStatus(status));
    this.provider.on("sync", (synced) => {
      if (!synced) return;
      this.publish({ synced: true });
      // Back after being away (or just arrived): whatever changed meanwhile is refetched.
      this.tellComments(null);
    });
    this.provider.on("connection-close", () => this.onConnectionClose());
    this.provider.on("closed", ({ code }) => {
      if (code === CloseCode.accessRevoked) {
        this.publish({ access: "revoked", connection: "closed", canEdit: false });
        return;
      }
      if (code === CloseCode.accountEnded) {
        this.publish({ access: "session-ended", connection: "closed", canEdit: false, closeCode: code });
        return;
      }
      if (code === CloseCode.locked) this.setAsideRefused("locked");
      if (code === CloseCode.readOnly) this.setAsideRefused("read-only");
      this.publish({
        connection: "closed",
        closeCode: code,
        canEdit: code === CloseCode.readOnly ? false : this.state.canEdit,
      });
    });
  }

  /** This user's own edits, and the others' presence. */
  private listenToEdits(): void {
    // After the provider's own listener: it has already sent the update, or not.
    // Only this user's changes count: not the server's, nor kept edits restored.
    this.doc.on("update", (_update: Uint8Array, origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
      if (origin === this.provider || !transaction.local) return;
      this.offline?.localChange(transaction);
      this.tracker.localChange(this.socketOpen());
      this.publish({});
    });
    this.provider.awareness.on("change", () => this.publish({ peers: readPeers(this.provider.awareness, this.doc.clientID) }));
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionState => this.state;

  /** Tells `listener` when a comment thread of the meeting changed (its id), or
   * that anything may have (null: after a reconnect, or when who may read changed). */
  onCommentsChanged(listener: (threadId: string | null) => void): () => void {
    this.commentListeners.add(listener);
    return () => this.commentListeners.delete(listener);
  }

  private tellComments(threadId: string | null): void {
    if (this.destroyed) return;
    for (const listener of this.commentListeners) listener(threadId);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.abort.abort();
    this.tickets.destroy();
    window.removeEventListener("offline", this.onBrowserOffline);
    window.removeEventListener("online", this.onBrowserOnline);
    window.removeEventListener("beforeunload", this.onBeforeUnload);
    this.offline?.destroy();
    this.listeners.clear();
    this.commentListeners.clear();
    this.remoteHold.destroy();
    this.provider.destroy();
    this.doc.destroy();
  }

  /** Removes set-aside edits the user has dealt with (they copied the text). */
  removeSetAside(id: string): void {
    if (!this.offline) return;
    this.offline.removeSetAside(id);
    this.publish({ setAside: this.offline.setAsideEdits });
  }

  // Kept in this browser all the same, but the person may be leaving for good.
  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (this.tracker.waitingEdits === 0) return;
    event.preventDefault();
    // Browsers before the standard preventDefault() asked for a return value.
    event.returnValue = "";
  };

  /** The server refused the waiting edits: they are not in the minutes, and
   * never will be unless someone enters them again; shown for copying. */
  private setAsideRefused(reason: SetAsideReason): void {
    const offline = this.offline;
    const edits = this.tracker.waitingEdits;
    if (!offline || edits === 0) return;
    const setAside = (version: number | null): void => {
      void offline.refused(reason, version, edits).then(() => this.publish({ setAside: offline.setAsideEdits }));
    };
    const version = this.state.lock?.version ?? null;
    if (reason !== "locked" || version !== null) return setAside(version);
    // Locked before this connection opened: the ticket names the version. If it
    // cannot be had, the edits stay kept, and the next opening sets them aside.
    fetchCollabTicket(this.meetingId, this.abort.signal).then(
      (ticket) => setAside(ticket.version),
      () => undefined,
    );
  }

  // The browser knows it lost the network long before a silent socket times
  // out; stop at once, and reconnect when the network is back.
  private readonly onBrowserOffline = (): void => {
    if (this.state.connection === "closed") return;
    this.tickets.stop();
    this.publish({ connection: "offline" });
  };

  private readonly onBrowserOnline = (): void => {
    if (this.state.connection === "closed") return;
    this.tickets.reconnect();
  };

  private onStatus(status: "connected" | "disconnected" | "connecting"): void {
    if (status === "connected") {
      this.everConnected = true;
      this.tracker.connectionOpened();
      this.publish({ connection: "connected" });
    } else if (status === "disconnected") {
      this.tracker.connectionClosed();
      this.publish({ connection: "offline" });
    } else if (this.state.connection !== "closed") {
      this.publish({ connection: this.everConnected ? "offline" : this.state.connection });
    }
  }

  private onConnectionClose(): void {
    // Emitted before the provider resets its flags: still false means the
    // socket never opened.
    const neverOpened = !this.provider.wsconnected;
    if (neverOpened && this.state.connection === "connecting") this.publish({ connection: "offline" });
    // The next server (maybe another node) says so again if it cannot reach the others.
    else if (this.state.clusterDelayed) this.publish({ clusterDelayed: false });
  }

  /** A ticket for the next connection: its token goes into the provider's params. */
  private acceptTicket(ticket: CollabTicket): string {
    this.publish({ access: null, role: ticket.role });
    return ticket.token;
  }

  /** No ticket could be had: how long until the next try, or null to stop. */
  private ticketFailed(error: unknown, backoffMs: number): number | null {
    if (this.destroyed) return null;
    if (error instanceof TicketRefused && error.status === 404) {
      // Not a member any more: stop reconnecting for good.
      this.publish({ access: "revoked", connection: "closed", canEdit: false });
      return null;
    }
    if (error instanceof TicketRefused && error.status === 401) {
      this.publish({ access: "session-ended" });
      return SIGNED_OUT_RETRY_MS;
    }
    return backoffMs;
  }

  private socketOpen(): boolean {
    const ws = this.provider.ws;
    return this.provider.wsconnected && ws !== null && ws.readyState === WebSocket.OPEN;
  }

  /** Replaces the snapshot (React compares it by identity) when something changed. */
  private publish(change: Partial<SessionState>): void {
    if (this.destroyed) return;
    const waitingEdits = this.tracker.waitingEdits;
    if (waitingEdits !== this.state.waitingEdits) this.offline?.waitingChanged(waitingEdits, this.socketOpen());
    const next: SessionState = { ...this.state, ...change, unsaved: this.tracker.unsaved, waitingEdits };
    const keys = Object.keys(next) as Array<keyof SessionState>;
    if (keys.every((key) => next[key] === this.state[key])) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
