// The collaboration server: the composition root of server/collab. Takes HTTP
// upgrades on /collab/<document>, and wires authentication, the document
// registry, the update writer and the connections together.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import type * as Y from "yjs";
import { CloseCode } from "@/lib/collab-protocol";
import { InMemoryTicketUses, type TicketUses } from "../auth/ticket-uses";
import { dbLocationOf, type Db } from "../db/client";
import { authenticateUpgrade, COLLAB_PATH } from "./protocol/authenticate";
import { AccessBatcher } from "./protocol/access-batcher";
import { Connection } from "./protocol/connection";
import { DocumentLocks } from "./protocol/document-locks";
import { refuse } from "./protocol/refuse-upgrade";
import { DocRegistry, type DocFollower } from "./protocol/doc-registry";
import { COLLAB_DEFAULTS, DEFAULT_LIMITS, type CollabLimits } from "@/lib/collab-limits";
import { ConnectionRateLimiter } from "./guards/rate-limit";
import { PgUpdateLog } from "./storage/pg-update-log";
import { SqliteUpdateLog } from "./storage/sqlite-update-log";
import type { StoredDocument, UpdateLog } from "./storage/update-log";
import { UpdateWriter } from "./storage/update-writer";

export interface CollabLogger {
  info(message: string): void;
  error(message: string, error: unknown): void;
}

export interface CollabServerOptions {
  db: Db;
  secret: string;
  initialState: (docName: string) => Promise<Uint8Array>;
  idleUnloadMs?: number;
  compactAfter?: number;
  pingIntervalMs?: number;
  /** Where documents are stored; by default the update log on db's SQLite file,
   * or on its PostgreSQL database through a pool of its own (closed with the server). */
  updateLog?: UpdateLog;
  /** Which tokens have opened a connection already; by default this process's memory. */
  ticketUses?: TicketUses;
  /** What a connection, an address and a document may cost (lib/collab-limits.ts). */
  limits?: Partial<CollabLimits>;
  logger?: CollabLogger;
  /** A commit saved updates of the document. Must not throw. */
  onSaved?: (docName: string) => void;
  /** On a cluster's nodes: keeps each document one document across the nodes (server/cluster). */
  follower?: DocFollower;
  /** On a cluster's nodes: the per-address connection limit counted across the nodes (after this node's own). */
  clusterConnectionLimit?: { allow(address: string): Promise<boolean> };
}

/** The part of a shutdown's time kept for the closing handshakes. */
const CLOSE_HANDSHAKE_MS = 500;

export const consoleLogger: CollabLogger = {
  info: (message) => process.stdout.write(`[collab] ${message}\n`),
  error: (message, error) => process.stderr.write(`[collab] ${message}: ${String(error)}\n`),
};

export class CollabServer {
  readonly registry: DocRegistry;
  /** Locking and reopening documents (the live minutes' locker uses it). */
  readonly locks: DocumentLocks;
  private readonly writer: UpdateWriter;
  private readonly log: UpdateLog;
  private readonly ownsLog: boolean;
  private readonly limits: CollabLimits;
  private readonly wss: WebSocketServer;
  private readonly newConnections: ConnectionRateLimiter;
  private readonly ticketUses: TicketUses;
  private readonly accesses: AccessBatcher;
  private readonly connections = new Set<Connection>();
  private readonly pingTimer: NodeJS.Timeout;
  private closing: Promise<boolean> | null = null;
  /** On a cluster's node: whether the other nodes can be reached now. */
  private clusterReachable = true;

  constructor(private readonly options: CollabServerOptions) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    // A larger frame closes its connection with 1009 before any of it is kept.
    this.wss = new WebSocketServer({ noServer: true, maxPayload: this.limits.maxMessageBytes });
    this.newConnections = new ConnectionRateLimiter(this.limits.connectionsPerIpPerMinute);
    this.ticketUses = options.ticketUses ?? new InMemoryTicketUses();
    this.accesses = new AccessBatcher(options.db);
    const logger = options.logger ?? consoleLogger;
    this.ownsLog = options.updateLog === undefined;
    const log = options.updateLog ?? defaultUpdateLog(options.db);
    this.log = log;
    this.writer = new UpdateWriter(log, logger);
    this.registry = new DocRegistry({
      log,
      writer: this.writer,
      initialState: options.initialState,
      idleUnloadMs: options.idleUnloadMs ?? COLLAB_DEFAULTS.idleUnloadMs,
      compactAfter: options.compactAfter ?? COLLAB_DEFAULTS.compactAfter,
      onError: (message, error) => logger.error(message, error),
      onSaved: options.onSaved,
      follower: options.follower,
    });
    this.locks = new DocumentLocks({
      registry: this.registry,
      writer: this.writer,
      log,
      follower: options.follower,
      connections: () => this.connections,
    });
    this.pingTimer = setInterval(() => this.pingAll(), options.pingIntervalMs ?? COLLAB_DEFAULTS.pingIntervalMs);
    this.pingTimer.unref();
  }

  /** True for upgrade requests this server answers. */
  handles(request: IncomingMessage): boolean {
    return (request.url ?? "").startsWith(COLLAB_PATH);
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on("error", () => socket.destroy());
    // Counted before anything else is done for it, authentication included.
    if (!this.newConnections.allow(request.socket.remoteAddress ?? "")) return refuse(socket, 429);
    void this.admit(request, socket, head);
  }

  /** Connections open now. */
  get connectionCount(): number {
    return this.connections.size;
  }

  /** Open connections of one user to one document. */
  connectionsOfUser(userId: string): Connection[] {
    return [...this.connections].filter((connection) => connection.identity.userId === userId);
  }

  connectionsOf(docName: string, userId: string): Connection[] {
    return [...this.connections].filter(
      (connection) => connection.shared.name === docName && connection.identity.userId === userId,
    );
  }

  /** Changes a document on the server's side: loaded (or loaded now), edited in
   * one transaction, then saved and broadcast like any accepted update. */
  async editDocument(docName: string, edit: (doc: Y.Doc) => void): Promise<void> {
    const shared = await this.registry.acquire(docName);
    try {
      edit(shared.doc);
    } finally {
      this.registry.release(shared);
    }
  }

  /** The other nodes of the cluster can (or cannot) be reached: every open editor is told. */
  setClusterReachable(reachable: boolean): void {
    if (this.clusterReachable === reachable) return;
    this.clusterReachable = reachable;
    for (const connection of this.connections) connection.tellClusterReachable(reachable);
  }

  /** The document as stored now (what other nodes committed included). */
  storedDocument(docName: string): Promise<StoredDocument | null> {
    return this.log.load(docName);
  }

  /** Shuts down within `graceMs`: takes nothing new, commits everything accepted
   * (trying again while the database fails), so that every peer receives it and
   * every sender its "saved" before each connection is closed with 1001. What a
   * client sent after that stays with it, unsaved, for the next server. Resolves
   * true when everything accepted was saved. */
  close(graceMs = 4_000): Promise<boolean> {
    this.closing ??= this.shutDown(Date.now() + graceMs);
    return this.closing;
  }

  private async shutDown(deadline: number): Promise<boolean> {
    clearInterval(this.pingTimer);
    for (const connection of this.connections) connection.stopReading();
    const saved = await this.writer.drain(deadline - CLOSE_HANDSHAKE_MS);
    // The last commit's broadcasts and acknowledgements go out before the close frames.
    await new Promise((resolve) => setImmediate(resolve));
    const open = [...this.connections];
    for (const connection of open) connection.close(CloseCode.goingAway, "server shutting down");
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(open.map((connection) => connection.ended)),
      new Promise((resolve) => (timer = setTimeout(resolve, Math.max(0, deadline - Date.now())))),
    ]);
    clearTimeout(timer);
    for (const connection of open) connection.terminate();
    await this.registry.closeAll();
    this.writer.close();
    this.wss.close();
    if (this.ownsLog) await this.log.close();
    return saved;
  }

  private async admit(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    if (this.closing) return refuse(socket, 503);
    const clusterLimit = this.options.clusterConnectionLimit;
    if (clusterLimit && !(await clusterLimit.allow(request.socket.remoteAddress ?? ""))) return refuse(socket, 429);
    let admission;
    try {
      admission = await authenticateUpgrade(request, this.options.secret, this.ticketUses, (userId, docName) => this.accesses.lookup(userId, docName));
    } catch {
      return refuse(socket, 500);
    }
    if (!admission.ok) return refuse(socket, admission.status);
    const { docName, identity } = admission;
    let shared;
    try {
      shared = await this.registry.acquire(docName);
    } catch (error) {
      (this.options.logger ?? consoleLogger).error(`loading ${docName} failed`, error);
      return refuse(socket, 503);
    }
    if (socket.destroyed) return this.registry.release(shared);
    if (this.closing) {
      this.registry.release(shared);
      return refuse(socket, 503);
    }
    let connected = false;
    // ws refuses an invalid handshake without calling back; the hold must not outlive the socket.
    socket.once("close", () => {
      if (!connected) this.registry.release(shared);
    });
    this.wss.handleUpgrade(request, socket, head, (ws) => {
      connected = true;
      const connection = new Connection(
        ws,
        shared,
        this.writer,
        identity,
        (closed) => {
          this.connections.delete(closed);
          this.registry.release(closed.shared);
        },
        this.limits,
      );
      this.connections.add(connection);
      if (!this.clusterReachable) connection.tellClusterReachable(false);
    });
  }

  private pingAll(): void {
    for (const connection of this.connections) {
      if (!connection.alive) connection.terminate();
      else connection.ping();
    }
  }
}

/** The update log on db's database, on connections of its own: SQLite's file,
 * or PostgreSQL's schema (a commit is one prepared statement, durable when it returns). */
function defaultUpdateLog(db: Db): UpdateLog {
  const location = dbLocationOf(db);
  return location.engine === "sqlite" ? new SqliteUpdateLog(location.file) : new PgUpdateLog(location.url);
}
