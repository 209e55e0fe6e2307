import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { anchorOn, appendParagraph, findPhrase } from "@/tests/helpers/comment-anchors";
import { resolveAnchor, sameWords } from "./comment-anchor";

const bytes = (base64: string): Uint8Array => new Uint8Array(Buffer.from(base64, "base64"));

function minutes(...paragraphs: string[]): Y.Doc {
  const doc = new Y.Doc();
  for (const paragraph of paragraphs) appendParagraph(doc, paragraph);
  return doc;
}

describe("resolveAnchor", () => {
  it("gives the words between the two positions, in document order with a line break between blocks", () => {
    const doc = minutes("بند نخست: بودجهٔ پژوهش تصویب شد.", "Second paragraph.");
    const anchor = anchorOn(doc, "بودجهٔ پژوهش");
    const range = resolveAnchor(doc, bytes(anchor.start), bytes(anchor.end));
    expect(range?.text).toBe("بودجهٔ پژوهش");
    expect(range?.from).toBe("بند نخست: ".length);
    const later = resolveAnchor(doc, bytes(anchorOn(doc, "Second").start), bytes(anchorOn(doc, "Second").end));
    expect(later?.from).toBeGreaterThan(range?.to ?? Infinity);
  });

  it("stays on the same words when text is inserted before, right after, and inside the paragraph around them", () => {
    const doc = minutes("بند نخست: بودجهٔ پژوهش تصویب شد.");
    const anchor = anchorOn(doc, "بودجهٔ پژوهش");
    const { text, at } = findPhrase(doc, "بودجهٔ پژوهش");
    text.insert(0, "پیش‌گفتار. ");
    text.insert(at + "پیش‌گفتار. ".length + "بودجهٔ پژوهش".length, " (سال ۱۴۰۵)");
    const fragment = doc.getXmlFragment("default");
    const before = new Y.XmlElement("paragraph");
    before.insert(0, [new Y.XmlText("A new first paragraph.")]);
    fragment.insert(0, [before]);
    const range = resolveAnchor(doc, bytes(anchor.start), bytes(anchor.end));
    expect(range?.text).toBe("بودجهٔ پژوهش");
  });

  it("collapses to nothing when the words are deleted", () => {
    const doc = minutes("بند نخست: بودجهٔ پژوهش تصویب شد.");
    const anchor = anchorOn(doc, "بودجهٔ پژوهش");
    const { text, at } = findPhrase(doc, "بودجهٔ پژوهش");
    text.delete(at, "بودجهٔ پژوهش".length);
    expect(resolveAnchor(doc, bytes(anchor.start), bytes(anchor.end))?.text).toBe("");
  });

  it("refuses positions of another document, and bytes that are no position", () => {
    const doc = minutes("بند نخست");
    const other = minutes("بند نخست");
    const anchor = anchorOn(other, "نخست");
    expect(resolveAnchor(doc, bytes(anchor.start), bytes(anchor.end))).toBeNull();
    expect(resolveAnchor(doc, new Uint8Array([255, 255, 255]), new Uint8Array([1]))).toBeNull();
  });

  it("refuses positions outside the minutes fragment", () => {
    const doc = minutes("بند نخست");
    const elsewhere = doc.getText("notes");
    elsewhere.insert(0, "not the minutes");
    const start = Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(elsewhere, 0));
    const end = Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(elsewhere, 3, -1));
    expect(resolveAnchor(doc, start, end)).toBeNull();
  });
});

describe("sameWords", () => {
  it("ignores spacing and line breaks, nothing else", () => {
    expect(sameWords("بودجهٔ  پژوهش\n", "بودجهٔ پژوهش")).toBe(true);
    expect(sameWords("بودجهٔ پژوهش", "بودجهٔ آموزش")).toBe(false);
  });
});
