import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { fateOfKeptEdits, keptText, type KeptEditsMeta, type OpeningFacts } from "./kept-edits";

const facts: OpeningFacts = { meetingId: "m1", userId: "u1", canEdit: true, locked: false, version: null };
const meta: KeptEditsMeta = { meetingId: "m1", userId: "u1", edits: 3, from: { "12": 4 }, baseVersion: null };

describe("fateOfKeptEdits", () => {
  it("restores this user's waiting edits for open minutes that did not move on", () => {
    expect(fateOfKeptEdits(meta, facts)).toEqual({ kind: "restore" });
    expect(fateOfKeptEdits({ ...meta, baseVersion: 2 }, { ...facts, version: 2 })).toEqual({ kind: "restore" });
  });

  it("ignores a store of another user or another meeting, or one it cannot read", () => {
    expect(fateOfKeptEdits({ ...meta, userId: "u2" }, facts)).toEqual({ kind: "foreign" });
    expect(fateOfKeptEdits({ ...meta, meetingId: "m2" }, facts)).toEqual({ kind: "foreign" });
    expect(fateOfKeptEdits(undefined, facts)).toEqual({ kind: "foreign" });
    expect(fateOfKeptEdits({ ...meta, edits: -1 }, facts)).toEqual({ kind: "foreign" });
    expect(fateOfKeptEdits({ ...meta, from: { notAClient: 1 } }, facts)).toEqual({ kind: "foreign" });
  });

  it("has nothing to do when every edit was acknowledged", () => {
    expect(fateOfKeptEdits({ ...meta, edits: 0, from: {} }, facts)).toEqual({ kind: "saved" });
  });

  it("sets aside edits for minutes locked meanwhile, naming the version", () => {
    expect(fateOfKeptEdits(meta, { ...facts, locked: true, canEdit: false, version: 1 })).toEqual({
      kind: "set-aside",
      reason: "locked",
      version: 1,
    });
  });

  it("sets aside edits for minutes locked and reopened meanwhile: never merged into the revision", () => {
    expect(fateOfKeptEdits({ ...meta, baseVersion: 1 }, { ...facts, version: 2 })).toEqual({
      kind: "set-aside",
      reason: "revised",
      version: 2,
    });
  });

  it("sets aside edits of a user who may no longer write", () => {
    expect(fateOfKeptEdits(meta, { ...facts, canEdit: false })).toEqual({ kind: "set-aside", reason: "read-only", version: null });
  });
});

/** A paragraph holding `text`, at the end of the fragment. */
function paragraph(fragment: Y.XmlFragment, text: string): Y.XmlText {
  const element = new Y.XmlElement("paragraph");
  const content = new Y.XmlText();
  element.insert(0, [content]);
  fragment.insert(fragment.length, [element]);
  content.insert(0, text);
  return content;
}

describe("keptText", () => {
  it("gives the text typed since the last acknowledgement, one run a line, and nothing of the rest", () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment("default");
    const first = paragraph(fragment, "متن ذخیره‌شده");
    const from = { [String(doc.clientID)]: Y.getState(doc.store, doc.clientID) };

    first.insert(first.length, " و افزوده");
    first.insert(0, "آغاز ");
    paragraph(fragment, "بند تازه");
    expect(keptText(fragment, from)).toBe("آغاز\nو افزوده\nبند تازه");
  });

  it("leaves out kept text deleted since, and marks that do not split a run", () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment("default");
    const text = paragraph(fragment, "");
    const from = { [String(doc.clientID)]: Y.getState(doc.store, doc.clientID) };
    text.insert(0, "abc");
    text.format(1, 1, { bold: true });
    text.insert(3, "def");
    text.delete(4, 1);
    expect(keptText(fragment, from)).toBe("abcdf");
  });

  it("leaves out what another person typed", () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    const fragment = mine.getXmlFragment("default");
    const text = paragraph(fragment, "base");
    const from = { [String(mine.clientID)]: Y.getState(mine.store, mine.clientID) };
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    const theirText = (theirs.getXmlFragment("default").get(0) as Y.XmlElement).get(0) as Y.XmlText;
    theirText.insert(4, " theirs");
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs));
    text.insert(0, "mine ");
    expect(keptText(fragment, from)).toBe("mine");
  });

  it("keeps only the characters past the acknowledged clock of an item merged across it", () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment("default");
    const text = paragraph(fragment, "saved");
    const from = { [String(doc.clientID)]: Y.getState(doc.store, doc.clientID) };
    text.insert(5, " kept");
    // Yjs merges the client's consecutive characters into one item on cleanup.
    expect(text._start?.length).toBe("saved kept".length);
    expect(keptText(fragment, from)).toBe("kept");
  });
});

describe("keptText against a version", () => {
  it("leaves out what of the kept edits reached the version", () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment("default");
    const text = paragraph(fragment, "saved");
    const from = { [String(doc.clientID)]: Y.getState(doc.store, doc.clientID) };
    text.insert(5, " reached");
    const version = Y.decodeStateVector(Y.encodeStateVector(doc));
    text.insert(text.length, " refused");
    expect(keptText(fragment, from)).toBe("reached refused");
    expect(keptText(fragment, from, version)).toBe("refused");
  });
});
