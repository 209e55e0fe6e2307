// Who typed what in the tracked blocks of a meeting's minutes: for each
// follow-up, resolution and proposal, in the order readMinutes (lib/editor)
// lists them, so that the n-th follow-up here is the n-th follow-up there whatever
// ids the blocks carry (a copied block repeats an id): the signed-in user
// under whose Yjs client id each attribute's current value was written
// (CollabAuthor), who made the block itself, and who typed most of its text.
// A value nobody typed (as the minutes were prepared, or before authors were
// recorded) has none; an attribute removed has a value written by whoever
// removed it, which is not recorded: `removed` says so.
import * as Y from "yjs";
import { MINUTES_FRAGMENT } from "@/lib/editor/extensions";
import type { Tx } from "@/server/db/transaction";

export type FieldAuthor = { typedBy: string } | { removed: true } | null;

export interface BlockAuthors {
  /** Who wrote each attribute's value, by attribute name. */
  attribute(name: string): FieldAuthor;
  /** Who made the block (inserted its element); null when unknown. */
  madeBy: string | null;
  /** Who typed the most of the block's text now there; null when unknown. */
  textBy: string | null;
}

export interface MinutesAuthors {
  /** One per follow-up, in readMinutes' order. */
  followUps: BlockAuthors[];
  /** One per resolution, in readMinutes' order. */
  resolutions: BlockAuthors[];
  /** One per proposal, in readMinutes' order. */
  proposals: BlockAuthors[];
}

/** Node types readMinutes reads as part of a line: it never looks inside them. */
const INLINE_TYPES = new Set(["text", "hardBreak", "speakerStamp"]);

/** The authors of the tracked blocks in a Yjs state of the minutes. */
export async function minutesAuthors(tx: Tx, docName: string, yjsState: Uint8Array): Promise<MinutesAuthors> {
  const rows = await tx.collabAuthor.findMany({ where: { docName }, select: { clientId: true, userId: true } });
  const byClient = new Map(rows.map((row) => [Number(row.clientId), row.userId]));
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, yjsState);
    return authorsIn(doc.getXmlFragment(MINUTES_FRAGMENT), byClient);
  } finally {
    doc.destroy();
  }
}

export function authorsIn(fragment: Y.XmlFragment, byClient: ReadonlyMap<number, string>): MinutesAuthors {
  const out: MinutesAuthors = { followUps: [], resolutions: [], proposals: [] };
  const blockAuthors = (element: Y.XmlElement): BlockAuthors => ({
    attribute: (name) => {
      const item = element._map.get(name);
      if (!item) return null;
      if (item.deleted) return { removed: true };
      const userId = byClient.get(item.id.client);
      return userId === undefined ? null : { typedBy: userId };
    },
    madeBy: element._item ? (byClient.get(element._item.id.client) ?? null) : null,
    textBy: mostTypedBy(element, byClient),
  });
  // Mirrors readMinutes' walk: which elements it reads as blocks, and which it
  // does not look inside (inline nodes, a section's heading, a Q&A item's
  // question and answer, a follow-up's, resolution's or proposal's content).
  const walk = (node: Y.XmlElement | Y.XmlFragment): void => {
    const children = node.toArray().filter((child): child is Y.XmlElement => child instanceof Y.XmlElement);
    const name = node instanceof Y.XmlElement ? node.nodeName : "";
    if (name === "followUp" && node instanceof Y.XmlElement) out.followUps.push(blockAuthors(node));
    else if (name === "resolution" && node instanceof Y.XmlElement) out.resolutions.push(blockAuthors(node));
    else if (name === "proposal" && node instanceof Y.XmlElement) out.proposals.push(blockAuthors(node));
    else if (name === "section") (children[0]?.nodeName === "heading" ? children.slice(1) : children).forEach(walk);
    else if (name === "qaItem") {
      const question = children.find((child) => child.nodeName === "qaQuestion");
      const answer = children.find((child) => child.nodeName === "qaAnswer");
      children.filter((child) => child !== question && child !== answer).forEach(walk);
    } else if (!INLINE_TYPES.has(name)) children.forEach(walk);
  };
  walk(fragment);
  return out;
}

/** The user who typed the most characters of the text now in `element`. */
function mostTypedBy(element: Y.XmlElement, byClient: ReadonlyMap<number, string>): string | null {
  const counts = new Map<string, number>();
  const visit = (node: Y.XmlElement | Y.XmlText): void => {
    if (node instanceof Y.XmlText) {
      for (let item = node._start; item !== null; item = item.right) {
        const userId = byClient.get(item.id.client);
        if (!item.deleted && item.countable && userId !== undefined) counts.set(userId, (counts.get(userId) ?? 0) + item.length);
      }
      return;
    }
    for (const child of node.toArray()) if (child instanceof Y.XmlElement || child instanceof Y.XmlText) visit(child);
  };
  visit(element);
  let best: string | null = null;
  let most = 0;
  for (const [userId, count] of counts) if (count > most) [best, most] = [userId, count];
  return best;
}
