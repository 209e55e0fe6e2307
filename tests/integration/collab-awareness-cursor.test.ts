// A presence cursor is two Yjs relative positions that every editor resolves
// on each change of presence; one that does not decode made every editor in
// the meeting throw. The server passes on only a cursor whose positions decode
// into the document, and sends any other as no cursor (the rest of the
// presence still goes through).
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { MINUTES_FRAGMENT } from "@/lib/editor/extensions";
import { collabOnPort0 } from "../fixtures/collab-on-port-0";
import { tokenFor } from "../helpers/collab-server";
import { createMeeting, createUser } from "../helpers/factories";
import { connectStock, type StockClient } from "../helpers/stock-client";

const t = collabOnPort0();

async function viewerAndNoteTaker(): Promise<{ viewer: StockClient; noteTaker: StockClient }> {
  const [v, n] = [await createUser(t.db, "بیننده"), await createUser(t.db, "یادداشت‌نویس")];
  const meeting = await createMeeting(t.db, [
    { userId: v.id, role: "viewer" },
    { userId: n.id, role: "note-taker" },
  ]);
  const viewer = connectStock(t.url, meeting.docName, tokenFor(v.id, meeting.docName));
  const noteTaker = connectStock(t.url, meeting.docName, tokenFor(n.id, meeting.docName));
  await Promise.all([viewer.synced, noteTaker.synced]);
  return { viewer, noteTaker };
}

/** The cursor the note-taker sees for the viewer once presence `probe` has arrived. */
async function cursorSeen(viewer: StockClient, noteTaker: StockClient, cursor: unknown, probe: number): Promise<unknown> {
  // One update: the probe cannot arrive before the cursor.
  viewer.provider.awareness.setLocalState({ ...viewer.provider.awareness.getLocalState(), probe, cursor });
  let seen: Record<string, unknown> | undefined;
  await expect
    .poll(() => {
      seen = noteTaker.provider.awareness.getStates().get(viewer.doc.clientID);
      return seen?.probe;
    })
    .toBe(probe);
  return seen?.cursor;
}

/** A relative position into the minutes: `index` characters into their first text. */
function positionInMinutes(doc: Y.Doc, index: number): Record<string, unknown> {
  const fragment = doc.getXmlFragment(MINUTES_FRAGMENT);
  const walker = fragment.createTreeWalker((node) => node instanceof Y.XmlText && node.length > index);
  const text = walker.next().value;
  if (!(text instanceof Y.XmlText)) throw new Error("no text in the minutes");
  return Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, index)) as Record<string, unknown>;
}

const malformed: Array<[string, unknown]> = [
  ["a cursor without positions", {}],
  ["positions that are null", { anchor: null, head: null }],
  ["positions that name nothing", { anchor: {}, head: {} }],
  ["a cursor that is a string", "here"],
  ["an item with a negative clock", { anchor: { item: { client: 1, clock: -1 } }, head: { item: { client: 1, clock: -1 } } }],
  ["an item with a fractional clock", { anchor: { item: { client: 1, clock: 0.5 } }, head: { item: { client: 1, clock: 0.5 } } }],
  ["an item whose client is text", { anchor: { item: { client: "x", clock: 0 } }, head: { item: { client: "x", clock: 0 } } }],
  ["a position in a shared type that does not exist", { anchor: { tname: "nowhere" }, head: { tname: "nowhere" } }],
];

describe("a presence cursor", () => {
  it.each(malformed)("is passed on as no cursor when it is %s, with the rest of the presence", async (_what, cursor) => {
    const { viewer, noteTaker } = await viewerAndNoteTaker();
    expect(await cursorSeen(viewer, noteTaker, cursor, 1)).toBeNull();
    expect(noteTaker.provider.awareness.getStates().get(viewer.doc.clientID)?.user).toMatchObject({ name: "بیننده", role: "viewer" });
  });

  it("is passed on as it is when its positions decode into the minutes, and so is no cursor", async () => {
    const { viewer, noteTaker } = await viewerAndNoteTaker();
    const cursor = { anchor: positionInMinutes(viewer.doc, 1), head: positionInMinutes(viewer.doc, 3) };
    expect(await cursorSeen(viewer, noteTaker, cursor, 1)).toEqual(cursor);
    const atRoot = { anchor: { tname: MINUTES_FRAGMENT }, head: { tname: MINUTES_FRAGMENT, assoc: -1 } };
    expect(await cursorSeen(viewer, noteTaker, atRoot, 2)).toEqual(atRoot);
    expect(await cursorSeen(viewer, noteTaker, null, 3)).toBeNull();
  });
});
