// Anchors of comment threads as the editor makes them: Yjs relative positions
// of the start (before the first selected character) and the end (after the
// last, associated with it so that text typed right after stays outside).
import * as Y from "yjs";
import { MINUTES_FRAGMENT } from "@/lib/editor/extensions";

export interface TestAnchor {
  start: string;
  end: string;
  quote: string;
}

function textsOf(parent: Y.XmlFragment | Y.XmlElement): Y.XmlText[] {
  return parent.toArray().flatMap((child) => {
    if (child instanceof Y.XmlText) return [child];
    if (child instanceof Y.XmlElement) return textsOf(child);
    return [];
  });
}

function plain(text: Y.XmlText): string {
  return (text.toDelta() as Array<{ insert?: unknown }>).map((op) => (typeof op.insert === "string" ? op.insert : "\ufffc")).join("");
}

/** The text node holding `phrase` in the minutes of `doc`, and where. */
export function findPhrase(doc: Y.Doc, phrase: string): { text: Y.XmlText; at: number } {
  for (const text of textsOf(doc.getXmlFragment(MINUTES_FRAGMENT))) {
    const at = plain(text).indexOf(phrase);
    if (at >= 0) return { text, at };
  }
  throw new Error(`"${phrase}" is not in the minutes`);
}

export function anchorOn(doc: Y.Doc, phrase: string): TestAnchor {
  const { text, at } = findPhrase(doc, phrase);
  const encode = (position: Y.RelativePosition): string => Buffer.from(Y.encodeRelativePosition(position)).toString("base64");
  return {
    start: encode(Y.createRelativePositionFromTypeIndex(text, at, 0)),
    end: encode(Y.createRelativePositionFromTypeIndex(text, at + phrase.length, -1)),
    quote: phrase,
  };
}

/** Appends a paragraph holding `content` to the minutes of `doc`: at the end of
 * the last section's body (the minutes are sections only), or of the fragment
 * of a document that has no section. */
export function appendParagraph(doc: Y.Doc, content: string): void {
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(content)]);
  const parent = lastSection(doc) ?? doc.getXmlFragment(MINUTES_FRAGMENT);
  parent.insert(parent.length, [paragraph]);
}

/** Puts a paragraph holding `content` first in the body of the first section (right after its heading). */
export function prependParagraph(doc: Y.Doc, content: string): void {
  const first = doc.getXmlFragment(MINUTES_FRAGMENT).get(0);
  if (!(first instanceof Y.XmlElement) || first.nodeName !== "section") throw new Error("the minutes have no first section");
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(content)]);
  first.insert(1, [paragraph]);
}

/** The last section of the minutes of `doc`, whose body new paragraphs go at the end of. */
export function lastSection(doc: Y.Doc): Y.XmlElement | null {
  const sections = doc
    .getXmlFragment(MINUTES_FRAGMENT)
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === "section");
  return sections.at(-1) ?? null;
}
