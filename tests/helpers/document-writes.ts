// Which of the y-websocket frames a browser page sends would change the
// minutes: a sync step 2 or a sync update whose Yjs update holds any struct
// (an insertion) or any deletion. The step 2 that answers the server's step 1
// is expected, and from a page that has not typed it carries nothing.
// Presence (awareness) and presence queries never change the document.
import type { Page, WebSocketRoute } from "@playwright/test";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { MessageType } from "@/lib/collab-protocol";

/** What a frame would write into the document, in words; null when it writes nothing. */
export function documentWriteIn(frame: Uint8Array): string | null {
  const decoder = decoding.createDecoder(frame);
  if (decoding.readVarUint(decoder) !== MessageType.sync) return null;
  const syncType = decoding.readVarUint(decoder);
  if (syncType === syncProtocol.messageYjsSyncStep1) return null;
  const { structs, ds } = Y.decodeUpdate(decoding.readVarUint8Array(decoder));
  if (structs.length === 0 && ds.clients.size === 0) return null;
  const inserted = structs.map((struct) => describeStruct(struct)).join(", ");
  const deleted = [...ds.clients.values()].reduce((sum, ranges) => sum + ranges.reduce((n, range) => n + range.len, 0), 0);
  const kind = syncType === syncProtocol.messageYjsSyncStep2 ? "sync step 2" : "update";
  return `${kind}: ${structs.length} inserted (${inserted}), ${deleted} deleted`;
}

function describeStruct(struct: Y.Item | Y.GC | Y.Skip): string {
  if (!(struct instanceof Y.Item)) return struct.constructor.name;
  const content = struct.content;
  if (content instanceof Y.ContentType && content.type instanceof Y.XmlElement) return `<${content.type.nodeName}>`;
  if (content instanceof Y.ContentString) return JSON.stringify(content.str);
  if (struct.parentSub !== null) return `attribute ${struct.parentSub}`;
  return content.constructor.name;
}

/**
 * Stands between a page and the collaboration server (Playwright's WebSocket
 * routing: every frame passes through the test, in order) and records every
 * frame the page sends that would change the document, and how the server
 * closed the connection, if it did.
 */
export class DocumentWriteRecorder {
  /** Every frame sent to the collaboration server that would change the document, described. */
  readonly writes: string[] = [];
  /** The close codes the server ended the page's connections with. */
  readonly serverCloses: number[] = [];
  private page: WebSocketRoute | null = null;
  private readonly probes: Array<() => void> = [];

  static async attach(page: Page): Promise<DocumentWriteRecorder> {
    const recorder = new DocumentWriteRecorder();
    await page.routeWebSocket((url) => url.pathname.startsWith("/collab"), (route) => recorder.route(route));
    return recorder;
  }

  /**
   * Answers once the page has sent everything it sent before this call: a
   * sync step 1 with an empty state vector goes to the page, which answers it
   * with a step 2 after everything it sent before (that answer is the probe's,
   * not a write, and is not passed on to the server).
   */
  async everythingSent(): Promise<void> {
    const page = this.page;
    if (!page) throw new Error("the page has no collaboration connection");
    const answered = new Promise<void>((resolve) => this.probes.push(resolve));
    const probe = encoding.createEncoder();
    encoding.writeVarUint(probe, MessageType.sync);
    syncProtocol.writeSyncStep1(probe, new Y.Doc());
    page.send(Buffer.from(encoding.toUint8Array(probe)));
    await answered;
  }

  private route(page: WebSocketRoute): void {
    this.page = page;
    const server = page.connectToServer();
    page.onMessage((message) => {
      if (typeof message === "string") {
        this.writes.push(`a text frame: ${message.slice(0, 80)}`);
        return;
      }
      const frame = new Uint8Array(message);
      const answerToProbe = this.probes.length > 0 && isSyncStep2(frame);
      if (answerToProbe) {
        this.probes.shift()?.();
        return;
      }
      const write = documentWriteIn(frame);
      if (write) this.writes.push(write);
      server.send(message);
    });
    server.onClose((code, reason) => {
      if (code !== undefined) this.serverCloses.push(code);
      void page.close({ code, reason });
    });
  }
}

function isSyncStep2(frame: Uint8Array): boolean {
  const decoder = decoding.createDecoder(frame);
  return decoding.readVarUint(decoder) === MessageType.sync && decoding.readVarUint(decoder) === syncProtocol.messageYjsSyncStep2;
}
