// The editor's connection (components/minutes-editor/ticket-per-connection.ts
// over the stock y-websocket provider, as collab-session.ts runs it): every
// connection opens with a new ticket, since a token opens one. Dropped by the
// server, stopped and resumed, or refused a ticket, it reconnects once, with a
// token it has not used, and loses no edit; a final close asks for nothing.
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { afterEach, describe, expect, it } from "vitest";
import { CloseCode } from "@/lib/collab-protocol";
import { TicketPerConnection, type TicketPerConnectionOptions } from "@/components/minutes-editor/ticket-per-connection";
import { collabOnPort0 } from "../fixtures/collab-on-port-0";
import { tokenFor } from "../helpers/collab-server";
import { eventually } from "../helpers/eventually";
import { createMeetingWithMembers } from "../helpers/factories";
import { connectStock, docReaches } from "../helpers/stock-client";

const t = collabOnPort0();
const editors: Editor[] = [];

// Runs before the fixture's own afterEach, which closes the stock clients.
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

interface Editor {
  doc: Y.Doc;
  provider: WebsocketProvider;
  tickets: TicketPerConnection;
  /** Every token handed out, the first one (fetched before opening) included. */
  issued: string[];
  /** How many times a connection of it closed, for whatever reason. */
  closes: () => number;
  /** Resolves at the next completed sync. */
  nextSync: () => Promise<void>;
  destroy: () => void;
}

/** An editor as collab-session.ts opens one (without its own messages, `ack`): a first ticket in hand, then one per connection. */
function openEditor(
  docName: string,
  userId: string,
  fetchToken: (issue: () => string) => Promise<string> = (issue) => Promise.resolve(issue()),
  retryAfter?: TicketPerConnectionOptions["retryAfter"],
): Editor {
  const issued: string[] = [];
  const issue = (): string => {
    const token = tokenFor(userId, docName, 60);
    issued.push(token);
    return token;
  };
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(t.url, docName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token: issue() },
    disableBc: true,
    connect: false,
  });
  const tickets = new TicketPerConnection(provider, { fetchToken: () => fetchToken(issue), retryAfter });
  let closes = 0;
  provider.on("connection-close", () => (closes += 1));
  const editor: Editor = {
    doc,
    provider,
    tickets,
    issued,
    closes: () => closes,
    nextSync: () =>
      new Promise((resolve) => {
        const onSync = (synced: boolean): void => {
          if (!synced) return;
          provider.off("sync", onSync);
          resolve();
        };
        provider.on("sync", onSync);
      }),
    destroy: () => {
      tickets.destroy();
      provider.destroy();
      doc.destroy();
    },
  };
  editors.push(editor);
  return editor;
}

const text = (doc: Y.Doc): string => doc.getText("t").toString();
const tokenIn = (provider: WebsocketProvider): string | undefined => provider.params.token;

describe("the editor's connection", () => {
  it("reconnects after the server drops it, with a new ticket, once, and the edits made meanwhile arrive", async () => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", "note-taker"]);
    const colleague = connectStock(t.url, docName, tokenFor(members[1].id, docName));
    const editor = openEditor(docName, members[0].id);
    const firstSync = editor.nextSync();
    editor.tickets.start();
    await Promise.all([firstSync, colleague.synced]);
    expect(editor.issued).toHaveLength(1);

    for (const [round, drop] of [
      (): void => t.collab.connectionsOf(docName, members[0].id).forEach((connection) => connection.terminate()),
      (): void => t.collab.connectionsOf(docName, members[0].id).forEach((connection) => connection.close(CloseCode.storageFailure, "try again")),
    ].entries()) {
      const synced = editor.nextSync();
      drop();
      editor.doc.getText("t").insert(text(editor.doc).length, `<${round}>`);
      await synced;
      await docReaches(colleague.doc, (doc) => text(doc) === "<0><1>".slice(0, 3 * (round + 1)));
      // One new ticket per connection, and no attempt refused on the way.
      expect(editor.issued).toHaveLength(round + 2);
      expect(new Set(editor.issued).size).toBe(editor.issued.length);
      expect(tokenIn(editor.provider)).toBe(editor.issued.at(-1));
      expect(editor.closes()).toBe(round + 1);
      expect(t.collab.connectionsOf(docName, members[0].id)).toHaveLength(1);
    }
  });

  it("stopped (the browser went offline), asks for nothing; resumed, connects once with a new ticket", async () => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", "viewer"]);
    const observer = connectStock(t.url, docName, tokenFor(members[1].id, docName));
    const editor = openEditor(docName, members[0].id);
    const firstSync = editor.nextSync();
    editor.tickets.start();
    await Promise.all([firstSync, observer.synced]);

    editor.tickets.stop();
    await eventually(() => expect(t.collab.connectionsOf(docName, members[0].id)).toEqual([]));
    editor.doc.getText("t").insert(0, "offline");
    expect(editor.issued).toHaveLength(1);

    const synced = editor.nextSync();
    // Twice, as an "online" event may come while the first is on its way.
    editor.tickets.reconnect();
    editor.tickets.reconnect();
    await synced;
    await docReaches(observer.doc, (doc) => text(doc) === "offline");
    expect(editor.issued).toHaveLength(2);
    expect(t.collab.connectionsOf(docName, members[0].id)).toHaveLength(1);
    expect(editor.closes()).toBe(1);
  });

  it("tries again after a ticket could not be had, and gives up when told to", async () => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker"]);
    let refusals = 2;
    const failures: unknown[] = [];
    const editor = openEditor(
      docName,
      members[0].id,
      (issue) => (refusals-- > 0 ? Promise.reject(new Error("network down")) : Promise.resolve(issue())),
      (error, backoffMs) => {
        failures.push(error);
        return failures.length < 3 ? backoffMs : null;
      },
    );
    const firstSync = editor.nextSync();
    editor.tickets.start();
    await firstSync;

    const synced = editor.nextSync();
    t.collab.connectionsOf(docName, members[0].id).forEach((connection) => connection.terminate());
    await synced;
    expect(failures).toHaveLength(2);
    expect(editor.issued).toHaveLength(2);

    // Now every ticket is refused: after the third failure it stops asking.
    refusals = Number.POSITIVE_INFINITY;
    t.collab.connectionsOf(docName, members[0].id).forEach((connection) => connection.terminate());
    await eventually(() => expect(failures).toHaveLength(3));
    expect(editor.provider.ws).toBeNull();
    expect(editor.provider.shouldConnect).toBe(false);
    expect(editor.issued).toHaveLength(2);
  });

  it("asks for no ticket after a final close (4400–4499): the server said reconnecting would not help", async () => {
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker"]);
    let asked = 0;
    const editor = openEditor(docName, members[0].id, (issue) => {
      asked += 1;
      return Promise.resolve(issue());
    });
    const firstSync = editor.nextSync();
    editor.tickets.start();
    await firstSync;
    const closed = new Promise<number>((resolve) => editor.provider.on("closed", ({ code }) => resolve(code)));
    t.collab.connectionsOf(docName, members[0].id).forEach((connection) => connection.close(CloseCode.accessRevoked, "removed"));
    expect(await closed).toBe(CloseCode.accessRevoked);
    expect(asked).toBe(0);
    expect(editor.provider.shouldConnect).toBe(false);
  });
});
