// Anchors of comment threads as the editor makes them: Yjs relative positions
// of the start (before the first selected character) and the end (after the
// last, associated with it so that text typed right after stays outside).
import * as Y from "yjs";
import { MINUTES_FRAGMENT } from "../../lib/editor/extensions";

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

/** Appends a paragraph holding `content` to the minutes of `doc`. */
export function appendParagraph(doc: Y.Doc, content: string): void {
  const fragment = doc.getXmlFragment(MINUTES_FRAGMENT);
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(content)]);
  fragment.insert(fragment.length, [paragraph]);
}
