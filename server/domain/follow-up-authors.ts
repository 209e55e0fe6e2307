// Who typed each field of the follow-ups in a meeting's minutes: for each
// follow-up block, of a carry-over section (carried) or not (the meeting's
// own), by its id (the first block with an id wins, as the lock reads them),
// the signed-in user under whose Yjs client id the field's current value was
// written (CollabAuthor). A field
// whose value nobody typed (as the minutes were prepared, or before authors
// were recorded) has none; a field removed has a value written by whoever
// removed it, which is not recorded: `removed` says so.
import * as Y from "yjs";
import { MINUTES_FRAGMENT } from "../../lib/editor/extensions";
import type { Tx } from "../db/transaction";

export const CARRIED_FIELDS = ["status", "due", "responsibleBody"] as const;
export type CarriedField = (typeof CARRIED_FIELDS)[number];

export type FieldAuthor = { typedBy: string } | { removed: true } | null;

export type BlockAuthors = Map<string, Record<CarriedField, FieldAuthor>>;

export interface FollowUpAuthors {
  /** The blocks of carry-over sections, by their id (a tracked item's). */
  carried: BlockAuthors;
  /** The meeting's own follow-up blocks, by their id. */
  own: BlockAuthors;
}

/** The authors of the follow-ups' fields in a Yjs state of the minutes. */
export async function followUpAuthors(tx: Tx, docName: string, yjsState: Uint8Array): Promise<FollowUpAuthors> {
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

function authorsIn(fragment: Y.XmlFragment, byClient: ReadonlyMap<number, string>): FollowUpAuthors {
  const out: FollowUpAuthors = { carried: new Map(), own: new Map() };
  const fieldAuthor = (element: Y.XmlElement, field: CarriedField): FieldAuthor => {
    const item = element._map.get(field);
    if (!item) return null;
    if (item.deleted) return { removed: true };
    const userId = byClient.get(item.id.client);
    return userId === undefined ? null : { typedBy: userId };
  };
  const walk = (node: Y.XmlElement | Y.XmlFragment, carryOver: boolean): void => {
    for (const child of node.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      if (child.nodeName === "section") {
        walk(child, child.getAttribute("kind") === "carryOver");
        continue;
      }
      if (child.nodeName === "followUp") {
        const id = child.getAttribute("id");
        const blocks = carryOver ? out.carried : out.own;
        if (typeof id === "string" && id && !blocks.has(id)) {
          blocks.set(id, {
            status: fieldAuthor(child, "status"),
            due: fieldAuthor(child, "due"),
            responsibleBody: fieldAuthor(child, "responsibleBody"),
          });
        }
        continue;
      }
      walk(child, carryOver);
    }
  };
  walk(fragment, false);
  return out;
}
