// A stock client that would break the minutes' structure — text outside every
// section, a section heading edited or deleted, a section added or removed —
// is closed with 4422 and nothing it sent is applied, stored or passed on;
// writing in a section's body is fine.
import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CloseCode } from "@/lib/collab-protocol";
import { collabOnPort0 } from "../fixtures/collab-on-port-0";
import { serverStateVector, storedUpdateCount, withServerDoc } from "../helpers/collab-inspect";
import { tokenFor } from "../helpers/collab-server";
import { eventually } from "../helpers/eventually";
import { createMeetingWithMembers } from "../helpers/factories";
import { connectStock, docReaches, type StockClient } from "../helpers/stock-client";

const t = collabOnPort0();

const minutes = (doc: Y.Doc): Y.XmlFragment => doc.getXmlFragment("default");

function sections(doc: Y.Doc): Y.XmlElement[] {
  return minutes(doc)
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === "section");
}

/** The first section's heading, and the text inside it. */
function firstHeading(doc: Y.Doc): { heading: Y.XmlElement; text: Y.XmlText } {
  const heading = sections(doc)[0]?.get(0);
  if (!(heading instanceof Y.XmlElement) || heading.nodeName !== "heading") throw new Error("no heading");
  const text = heading.get(0);
  if (!(text instanceof Y.XmlText)) throw new Error("no heading text");
  return { heading, text };
}

function paragraph(words: string): Y.XmlElement {
  const element = new Y.XmlElement("paragraph");
  const text = new Y.XmlText();
  text.insert(0, words);
  element.insert(0, [text]);
  return element;
}

/** A proposal block with this id, as the editor stores one. */
function proposal(id: string): Y.XmlElement {
  const element = new Y.XmlElement("proposal");
  element.setAttribute("id", id);
  element.insert(0, [new Y.XmlText("پیشنهاد")]);
  return element;
}

const atEndOfSecondSection = (doc: Y.Doc, block: Y.XmlElement): void => {
  const section = sections(doc)[1];
  section?.insert(section.length, [block]);
};

async function twoNoteTakers(): Promise<{ docName: string; writer: StockClient; other: StockClient }> {
  const { docName, members } = await createMeetingWithMembers(t.db, ["note-taker", "note-taker"]);
  const writer = connectStock(t.url, docName, tokenFor(members[0].id, docName));
  const other = connectStock(t.url, docName, tokenFor(members[1].id, docName));
  await Promise.all([writer.synced, other.synced]);
  return { docName, writer, other };
}

const refusals: Array<[string, (doc: Y.Doc) => void, string]> = [
  ["a paragraph outside every section", (doc) => minutes(doc).insert(0, [paragraph("بیرون از بخش‌ها")]), "outside-sections"],
  ["a paragraph after the last section", (doc) => minutes(doc).insert(minutes(doc).length, [paragraph("at the end")]), "outside-sections"],
  ["typing at the end of a section heading", (doc) => firstHeading(doc).text.insert(firstHeading(doc).text.length, " و پاسخ"), "heading"],
  ["typing at the start of a section heading", (doc) => firstHeading(doc).text.insert(0, "X"), "heading"],
  ["deleting a heading's text", (doc) => firstHeading(doc).text.delete(0, 1), "heading"],
  ["bolding a heading", (doc) => firstHeading(doc).text.format(0, 2, { bold: true }), "heading"],
  ["deleting a heading", (doc) => sections(doc)[0]?.delete(0, 1), "heading"],
  ["changing a heading's level", (doc) => firstHeading(doc).heading.setAttribute("level", "4"), "heading"],
  ["putting a paragraph before a heading", (doc) => sections(doc)[0]?.insert(0, [paragraph("پیش از عنوان")]), "section"],
  ["deleting a section", (doc) => minutes(doc).delete(0, 1), "section"],
  ["changing a section's kind", (doc) => sections(doc)[0]?.setAttribute("kind", "qa"), "section"],
  [
    "adding a section",
    (doc) => {
      const section = new Y.XmlElement("section");
      section.setAttribute("kind", "other");
      minutes(doc).insert(minutes(doc).length, [section]);
    },
    "section",
  ],
  // A block id becomes an anchor in the version page; `__next_f` there once
  // shadowed Next's own global and the page's scripts failed.
  ["a proposal whose id is __next_f", (doc) => atEndOfSecondSection(doc, proposal("__next_f")), "block-id"],
  ["a proposal whose id is not the editor's kind", (doc) => atEndOfSecondSection(doc, proposal("Abc-123_xyz0")), "block-id"],
  ["a proposal whose id is far too long", (doc) => atEndOfSecondSection(doc, proposal("a".repeat(4000))), "block-id"],
];

describe("a note-taker's stock client", () => {
  it.each(refusals)("is closed with 4422 for %s, and nothing is applied, stored or passed on", async (_what, change, violation) => {
    const { docName, writer, other } = await twoNoteTakers();
    const vectorBefore = await serverStateVector(t.collab, docName);
    const rowsBefore = await storedUpdateCount(t.db, docName);
    const before = minutes(other.doc).toString();

    writer.doc.transact(() => change(writer.doc));
    expect(await writer.closed).toEqual({ code: CloseCode.structure, reason: `the minutes' structure: ${violation}` });
    expect(Buffer.from(await serverStateVector(t.collab, docName))).toEqual(Buffer.from(vectorBefore));
    expect(await storedUpdateCount(t.db, docName)).toBe(rowsBefore);
    // The other note-taker's later edit arrives; the refused one never did.
    const body = sections(other.doc)[0];
    body?.insert(body.length, [paragraph("پس از آن")]);
    await eventually(async () =>
      expect(await withServerDoc(t.collab, docName, (doc) => minutes(doc).toString())).toBe(minutes(other.doc).toString()),
    );
    expect(minutes(other.doc).toString()).not.toBe(before);
    expect(minutes(other.doc).toString()).toContain("پس از آن");
  });

  it("writes in a section's body: new paragraphs, typing, deleting, bold", async () => {
    const { docName, writer, other } = await twoNoteTakers();
    const section = sections(writer.doc)[1];
    if (!section) throw new Error("no second section");
    section.insert(1, [paragraph("بند تازه در بدنهٔ بخش")]);
    const added = section.get(1);
    if (!(added instanceof Y.XmlElement)) throw new Error("no paragraph");
    const text = added.get(0) as Y.XmlText;
    text.insert(text.length, " — more");
    text.format(0, 3, { bold: true });
    text.delete(0, 1);
    await docReaches(other.doc, (doc) => minutes(doc).toString().includes("<bold>ند</bold> تازه در بدنهٔ بخش — more")).catch((error: unknown) => {
      throw new Error(`${String(error)}; writer closed: ${JSON.stringify(writer.finalClose)}; other has ${minutes(other.doc).toString()}`);
    });
    expect(writer.finalClose).toBeNull();
    expect(await withServerDoc(t.collab, docName, (doc) => minutes(doc).toString())).toBe(minutes(writer.doc).toString());
  });

  it("may add blocks with ids as the editor and the carry-over make them, but not give one another id later", async () => {
    const { docName, writer, other } = await twoNoteTakers();
    atEndOfSecondSection(writer.doc, proposal("k3v9q0z2m1ab"));
    atEndOfSecondSection(writer.doc, proposal("cmabcdefghij0123456789klm"));
    await docReaches(other.doc, (doc) => (minutes(doc).toString().match(/<proposal id=/g) ?? []).length === 2);
    expect(writer.finalClose).toBeNull();

    const rowsBefore = await storedUpdateCount(t.db, docName);
    const added = sections(writer.doc)[1]?.toArray().find((node) => node instanceof Y.XmlElement && node.nodeName === "proposal");
    if (!(added instanceof Y.XmlElement)) throw new Error("no proposal");
    added.setAttribute("id", "__next_f");
    expect(await writer.closed).toEqual({ code: CloseCode.structure, reason: "the minutes' structure: block-id" });
    expect(await storedUpdateCount(t.db, docName)).toBe(rowsBefore);
    expect(await withServerDoc(t.collab, docName, (doc) => minutes(doc).toString())).not.toContain("__next_f");
  });
});
