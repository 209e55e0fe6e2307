// Updates made outside the browser, as a hostile or home-made client would send
// them: built against the minutes as the server holds them (read with the stock
// y-websocket client under the page's own ticket), so that they are valid
// edits — a paragraph at the end of the Q&A section's body — whoever sends them.
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { MessageType } from "@/lib/collab-protocol";
import { MINUTES_FRAGMENT } from "@/lib/editor/extensions";
import type { Page } from "./fixtures";

/** The minutes as the server holds them now, read under `page`'s user. */
export async function storedMinutes(page: Page, meetingId: string): Promise<Y.Doc> {
  const response = await page.request.post("/api/collab-token", { data: { meetingId } });
  if (!response.ok()) throw new Error(`/api/collab-token answered HTTP ${response.status()}`);
  const { token, docName } = (await response.json()) as { token: string; docName: string };
  const doc = new Y.Doc();
  const url = new URL(page.url());
  const provider = new WebsocketProvider(`ws://${url.host}/collab`, docName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
  });
  await new Promise<void>((resolve) => {
    const onSync = (synced: boolean): void => {
      if (!synced) return;
      provider.off("sync", onSync);
      resolve();
    };
    provider.on("sync", onSync);
  });
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  provider.destroy();
  doc.destroy();
  return copy;
}

/** A sync update message that adds a paragraph holding `text` at the end of the Q&A section of `base`. */
export function forgedParagraph(base: Y.Doc, text: string): number[] {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const qa = doc
    .getXmlFragment(MINUTES_FRAGMENT)
    .toArray()
    .find((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === "section" && node.getAttribute("kind") === "qa");
  if (!qa) throw new Error("no Q&A section");
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  qa.insert(qa.length, [paragraph]);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(base)));
  doc.destroy();
  return Array.from(encoding.toUint8Array(encoder));
}
