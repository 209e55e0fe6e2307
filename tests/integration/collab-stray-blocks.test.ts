// Minutes stored before the document was sections only may hold blocks outside
// every section (the browser's editor once appended an empty paragraph after
// the last section, and people typed into it). Loaded now, the empty ones are
// dropped and the others gathered, in order, into an "Other notes" section at
// the end: nothing typed is lost, and the minutes are sections only again.
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { MINUTES_FRAGMENT } from "@/lib/editor/extensions";
import { storedDoc } from "../helpers/collab-inspect";
import { startCollab, tokenFor, type RunningCollab } from "../helpers/collab-server";
import { createMeetingWithMembers } from "../helpers/factories";
import { connectStock, destroyAllStockClients } from "../helpers/stock-client";
import { createTestDb, type TestDb } from "../helpers/test-db";

const running: Array<{ t: TestDb; server: RunningCollab | null }> = [];
afterEach(async () => {
  destroyAllStockClients();
  for (const { t, server } of running.splice(0)) {
    await server?.close();
    await t.cleanup();
  }
});

function paragraph(words: string): Y.XmlElement {
  const element = new Y.XmlElement("paragraph");
  if (words) element.insert(0, [new Y.XmlText(words)]);
  return element;
}

const topLevel = (doc: Y.Doc): string[] =>
  doc
    .getXmlFragment(MINUTES_FRAGMENT)
    .toArray()
    .map((node) => (node instanceof Y.XmlElement ? `${node.nodeName}:${String(node.getAttribute("kind") ?? "")}` : "text"));

describe("minutes stored with blocks outside every section", () => {
  it("are loaded with the empty ones dropped and the others gathered into an Other notes section", async () => {
    const t = await createTestDb();
    const entry: { t: TestDb; server: RunningCollab | null } = { t, server: null };
    running.push(entry);
    const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker"]);

    // As an older editor left them: an empty paragraph after the last section,
    // one with words typed into it, and another before the first section.
    const doc = await storedDoc(t.db, docName);
    const before = Y.encodeStateVector(doc);
    const fragment = doc.getXmlFragment(MINUTES_FRAGMENT);
    fragment.insert(0, [paragraph("نوشته پیش از همهٔ بخش‌ها")]);
    fragment.insert(fragment.length, [paragraph(""), paragraph("typed after the last section — پس از آخرین بخش")]);
    await t.db.collabUpdate.create({ data: { docName, data: Uint8Array.from(Y.encodeStateAsUpdate(doc, before)) } });
    const sectionsBefore = topLevel(doc).filter((node) => node.startsWith("section")).length;
    doc.destroy();

    entry.server = await startCollab(t.db);
    const reader = connectStock(entry.server.url, docName, tokenFor(members[0].id, docName));
    await reader.synced;
    const shape = topLevel(reader.doc);
    expect(shape.every((node) => node.startsWith("section:"))).toBe(true);
    expect(shape).toHaveLength(sectionsBefore + 1);
    expect(shape.at(-1)).toBe("section:other");
    const other = reader.doc.getXmlFragment(MINUTES_FRAGMENT).get(shape.length - 1) as Y.XmlElement;
    expect(other.toString()).toBe(
      '<section id="' +
        String(other.getAttribute("id")) +
        '" kind="other"><heading level="2">یادداشت‌های دیگر</heading><paragraph>نوشته پیش از همهٔ بخش‌ها</paragraph><paragraph>typed after the last section — پس از آخرین بخش</paragraph></section>',
    );
    // Stored so, not only in memory.
    await entry.server.close();
    entry.server = null;
    const stored = await storedDoc(t.db, docName);
    expect(topLevel(stored)).toEqual(shape);
    stored.destroy();
  });
});
